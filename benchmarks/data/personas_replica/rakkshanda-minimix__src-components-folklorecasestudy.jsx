import React from 'react';
import { motion, useReducedMotion } from 'framer-motion';
import { useNavigate } from 'react-router-dom';
import './LanternCaseStudy.css';
import lantern from '../assets/lantern.png';
import lantern2 from '../assets/4.png';
import lofi1 from '../assets/lantern/lofi1.png';
import lofi2 from '../assets/lantern/lofi2.png';
import persona1 from '../assets/lantern/persona1.png';
import persona2 from '../assets/lantern/persona2.png';
import persona3 from '../assets/lantern/persona 3.png';
import { navigateWithTransition } from '../utils/viewTransition';

const EASE = [0.22, 1, 0.36, 1];

const LANTERN_TABS = [
  { id: 'overview',             label: 'Overview'       },
  { id: 'product-requirements', label: 'Product Req.'   },
  { id: 'user-research',        label: 'User Research'  },
  { id: 'personas',             label: 'Personas'       },
  { id: 'low-fi',               label: 'Low-Fi'         },
  { id: 'high-fi',              label: 'High-Fi'        },
  { id: 'development',          label: 'Development'    },
  { id: 'testing',              label: 'User Testing'   },
  { id: 'reflection',           label: 'Reflection'     },
];

const snapshotItems = [
  { label: 'Role',     value: 'UX Researcher & Front-End Developer' },
  { label: 'Client',   value: 'University of Oregon' },
  { label: 'Type',     value: 'WordPress plugin' },
  { label: 'Duration', value: '5 months' },
  { label: 'Tools',    value: 'Figma, WordPress, PHP, jQuery, ACF' },
  { label: 'Live',     value: 'See the plugin ↗', link: 'https://www.uoregon.edu/web/plugins/uo-people-plugin/people-demo/' },
];

const outcomes = [
  'One shared directory component that every UO unit is free to reuse',
  'Survey answers from 41 UO students, staff members and faculty shaped which features were built',
  'Most-wanted features: category filters (70.7%), search by keyword (61.0%) and contact links (54%)',
  '63.4% of respondents chose the grid layout over a list, which confirmed the default view',
  'Requirements covered FERPA compliance and WCAG 2.1 accessibility from the very first day',
];

const prdObjectives = [
  'Let people find and open the UO directory without effort',
  'Offer a clear UI/UX that makes searching and filtering fast',
  'Keep retrieved data safe and correct',
  'Fit cleanly into the campus web platforms',
];

const prdTargetAudience = [
  'Students at the University of Oregon',
  'Faculty members and staff',
  'Administrative staff',
];

const prdKeyFeatures = [
  'Search that works by name, by department or by role',
  'Extra filters on department, role and campus location',
  'A profile page showing contact details, office and department',
];

const prdFunctional = [
  'Support searching by name, by department and by role',
  'Show profile details such as name, contact details, office and department',
  'Add extra search filters covering department, role and campus',
  'Give each type of user its own role-based access control',
  'Keep the design responsive on every device',
  'Offer autocomplete while a search is being typed',
  'Use secure API connections whenever data is fetched',
];

const prdNonFunctional = [
  'Search results returned in less than 2 seconds',
  'Data privacy that meets FERPA',
  'Meets WCAG 2.1 accessibility standards',
  'An architecture that scales to heavy traffic',
];

const prdUserStories = [
  'As a student, I wish to look up instructors by name or department so that I can get hold of their contact details.',
  'As a faculty member, I wish to open staff profiles so that we can work together on projects.',
  'As an admin, I require secure access controls so I can decide who sees which directory data.',
  'As a first-time user, I want autocomplete hints so that my searches go faster.',
  'As a frequent user, I want to save the profiles I open often so I can get back to them quickly.',
];

const researchStats = [
  { stat: '93%',   label: 'used directories on a laptop or desktop, though phones were a real second case' },
  { stat: '76%',   label: 'said they mostly used it to look up contact details' },
  { stat: '70.7%', label: 'put category filters (role, department, skills) among their three top features' },
  { stat: '61.0%', label: 'put search by keyword among their three top features' },
  { stat: '54%',   label: 'put links to email, LinkedIn and personal sites among their three top features' },
  { stat: '63.4%', label: 'chose the grid view rather than the list view' },
];

const researchRecs = [
  'Offer suggestions and tolerate typos in search',
  'Show a photo, first and last name, linked contact details, website, department and role/title on every card',
  'Display when each entry was last updated',
  'Update entries automatically from a database',
  'Let each card hold flexible content',
  'Base the filters on the fields shown on cards',
  'Open in grid view and offer a switch to list',
  'Reveal the whole bio when a card expands',
];

const personaProfiles = [
  {
    name: 'Priya Nair',
    pronouns: '(she/her)',
    img: persona1,
    quote: '"Getting to the right resources fast lets me put my studies first."',
    biography: 'Priya is a 21-year-old undergraduate studying Data Science at the University of Oregon. She is very comfortable with technology and juggles a packed calendar of lectures, internships and club activities. How well she does academically hinges on how fast she can reach faculty and resources. Now in her fourth year with graduation in sight, she turns to people directories to reach graduate students about research openings and to get in touch with her advisor.',
    traits: ['Inquisitive', 'Driven', 'Digitally fluent'],
    facts: [
      { label: 'Work/title', value: 'Student' },
      { label: 'Age', value: '21' },
      { label: 'Place of employment', value: 'University of Oregon' },
      { label: 'Time at UO', value: '4 years' },
      { label: 'Location', value: 'Eugene, OR' },
      { label: 'Website usage', value: 'Very active' },
    ],
    needs: [
      'Get contact details for instructors, TAs and staff without delay.',
      'Move around the directory with ease, above all on her phone.',
      'Find the details she needs to set up meetings.',
    ],
    frustrations: [
      'Finds the present directory hard to get around on her phone.',
      'Results are unclear and cannot be filtered by role.',
      'Very few features are actually easy to use.',
    ],
    considerations: [
      'Has to have an interface that is responsive and works well on phones.',
      'Filters by role (faculty, staff, student) so searches are quicker.',
      "Ties into the university's current system so getting around feels familiar.",
    ],
  },
  {
    name: 'Dr. Daniel Okafor',
    pronouns: '(he/him)',
    img: persona2,
    quote: '"My whole day goes smoother with a system that is clear and easy to reach."',
    biography: 'Dr. Daniel Okafor is a 48-year-old Associate Professor of Information Science. After more than 17 years at the University of Oregon, he is in regular contact with students, staff and research partners. He depends on tools he can trust to keep his professional profile current and to find resources without wasting time.',
    traits: ['Methodical', 'Analytical', 'Easygoing'],
    facts: [
      { label: 'Work/title', value: 'Associate Professor' },
      { label: 'Age', value: '48' },
      { label: 'Place of employment', value: 'University of Oregon' },
      { label: 'Time at UO', value: '17 years' },
      { label: 'Location', value: 'Eugene, OR' },
      { label: 'Website usage', value: 'Very active' },
    ],
    needs: [
      'Keep his profile details correct with little effort.',
      'Find contacts among admin staff and faculty.',
      'Work in a simple system that does not waste his time.',
    ],
    frustrations: [
      'Changing his profile details takes a complicated process.',
      'Search results are crowded and hard to move through.',
      'No one to help him when something technical goes wrong.',
    ],
    considerations: [
      'Make sure profile details can be edited and updated smoothly.',
      'Build a clear category system based on roles.',
      'An easy interface that keeps technical hurdles to a minimum.',
    ],
  },
  {
    name: '3. Laura Jiménez',
    pronouns: '(she/her)',
    img: persona3,
    quote: '"Everyone I help depends on me getting accurate details fast."',
    biography: 'Laura is a 38-year-old administrative assistant at the School of Nursing. She has worked at the University of Oregon for 9 years, helping both faculty and students. Her job means she is in the directory all the time, pointing other people to the resources they need.',
    traits: ['Productive', 'Warm', 'Inventive'],
    facts: [
      { label: 'Work/title', value: 'Administrative Assistant' },
      { label: 'Age', value: '38' },
      { label: 'Place of employment', value: 'University of Oregon' },
      { label: 'Time at UO', value: '9 years' },
      { label: 'Location', value: 'Eugene, OR' },
      { label: 'Website usage', value: 'Very active' },
    ],
    needs: [
      'Look up and pull contact details by department fast.',
      'Give students help that is correct and on time.',
      'Keep lists of the people she contacts most to save time.',
    ],
    frustrations: [
      'Filters that do a poor job of narrowing the results.',
      'Doing the same steps over because nothing can be saved for quick access.',
      'Struggles to find information tied to a particular department.',
    ],
    considerations: [
      'Add more powerful filtering (e.g., by department, role).',
      'Shortcuts for quick access to the tasks she repeats.',
      'A dependable system that is rarely down.',
    ],
  },
];
