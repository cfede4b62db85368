import { Link } from 'react-router-dom';
import { ArrowLeft } from 'lucide-react';
import './ElderlyOpening.css';

const scenario = [
  ['Several medicines to keep on top of', 'For a lot of older people, looking after their health can involve several medicines, regular trips to the doctor and prescriptions that keep changing.'],
  ['Relatives are not always nearby', 'Relatives do pitch in, yet jobs and other duties mean they are not always free to help.'],
  ['Apps and gadgets can help', 'Still, a number of older people struggle to use them without someone beside them.'],
  ['Help is hard to arrange', 'If someone is wanted for only a couple of hours or on one set day, it can be hard to find a person you trust who is free just then.'],
];
const qualitative = [
  ['“Keeping track of 6–10 medicines is hard.”', '“With different medicines, different times and prescriptions that change, it gets harder to recall and stay on top of things.”'],
  ['“Routines around medicine form gradually.”', '“Many work it out by trial and error, tying each medicine to a habit such as getting up, eating or having tea.”'],
  ["“Relatives can't always step in.”", '“Some look after their medicines on their own, while others lean on relatives who are not always nearby.”'],
  ['“Health records are all over the place.”', '“Prescriptions, test reports and files tend to sit in separate spots, so past medical history is slow to pull up.”'],
  ['“At times help is wanted for just a few hours.”', '“A family might want a carer they trust for a set window—during a function, at work, or while out on an errand.”'],
];
const quantitative = [
  ['72%', '“Still depend on memory”', '“to keep track of and recall their medicines.”'],
  ['61%', '“Keep health records on paper”', '“like prescriptions, test reports and other papers.”'],
  ['55%', '“Find medicine reminders worthwhile”', '“and thought reminders could make caregiving much better.”'],
];
const secondary = [
  ['People know medicines by their appearance', '“Many people identify their medicines by colour, shape, size or the spot where they store them.”'],
  ['Medicines are tied to daily habits', '“Rather than exact times, people tend to link medicines to moments like morning tea, lunch or bedtime.”'],
  ['Reminders are not always wanted', '“Reminders help most while a medicine or routine is still new, until the person has settled into it.”'],
  ['An app has to earn its place', '“People may already rely on pill organisers, notes or methods of their own. They will only start using one when it truly simplifies their day.”'],
  ['Extra features can mean extra work', '“Details about medicines help, but too much information at one time can raise cognitive load.”'],
  ['People judge which medicines matter more', '“Going by their symptoms and what they understand, people can decide for themselves which medicines are the important ones.”'],
];
const needs = [
  { label: 'ELDERLY PERSON', items: [
    ['Tell medicines apart easily', 'Know which medicine is which without relying only on its name.'],
    ['Add medicines with little effort', 'Make adding and changing medicines fast and easy.'],
    ['Get reminded only when it helps', 'Help with new medicines or changed routines without needless reminders.'],
    ['Keep health information in one place', 'Store and look up medicines, prescriptions and health records with ease.'],
  ] },
  { label: 'FAMILY CAREGIVER', items: [
    ['See whether medicines are taken', 'Check if their relative has taken or skipped their medicines.'],
    ['Handle care with less effort', 'Add or change medicines, records and doctor visits in no time.'],
    ['Stay on top of key appointments', 'Keep coming doctor visits and their reminders under control.'],
    ["Get help when they can't be present", 'Find a carer they trust for a given need, day or short stretch of time.'],
  ] },
];
const personas = [
  {label: 'ELDERLY PERSON', name: 'Kamala Iyer · 71', detail: 'Former schoolteacher · Lives at home with her husband', about: 'Kamala has several medicines to take each day. She has worked out her own way to remember them, by how they look and by her everyday routine.', needs: ['Pick out the correct medicine easily', 'Keep track of new or changed medicines', 'Find medical records without trouble', 'Handle her medicines on her own'], frustrations: ['Medicines that look alike are easy to mix up', 'Prescription changes upset her daily routine', 'Too many steps or too much information overwhelm her'], goal: '“All I want is to be sure which pill to take and at what time, without having to ask someone each time.”'},
  {label: 'FAMILY CAREGIVER', name: 'Vikram Iyer · 42', detail: "Office professional · Kamala's son", about: "Vikram helps look after his mother's health, but his job means he is not always there to check her medicines, appointments or go along with her.", needs: ['See whether medicines were taken', 'Add or change medicines quickly', 'Keep records and appointments in one place', 'Find care he trusts when he is away'], frustrations: ['Keeping up with many medicines eats up time', 'Health information is spread all over', "Hard to tell what went on while he wasn't around", 'Short-term care he can trust is hard to find'], goal: '“I want to be sure she’s coping fine, even when I’m away.”'},
];
const solution = [
  ['Medicines Grouped by Routine', 'Medicines taken at the same point in the day are bundled, so people can handle 3–4 medicines as a single routine rather than one by one.'],
  ['Reminders Tied to Daily Moments', 'Reminders can follow small everyday moments such as before tea, after tea, on waking or at bedtime.'],
  ['Reminders That Are Simple to Recognise', 'Each reminder shows the medicine’s picture, its colour, shape and usual name, so it is obvious which one to take.'],
  ['Easy Upkeep of Medicines', 'New medicines go in quickly, can be edited, or switched off once no longer required.'],
  ['Medication Tracking for Family', 'Relatives can check which medicines were taken or skipped and follow the medication routine.'],
  ['Help for a Given Need & Time', 'A family can look for a carer according to the kind of help needed and the time it is needed.'],
];
function Number({ index }) { return <span className="elder-number">{String(index + 1).padStart(2, '0')}</span>; }
function EditorialGrid({ items }) {
  return <div className="elder-editorial-grid">{items.map(([title, copy], i) => <article key={title}><Number index={i} /><h3>{title}</h3><p>{copy}</p></article>)}</div>;
}
export default function ElderlyOpening() {
  return <div className="elder-opening">
    <section className="elder-screen elder-intro" aria-labelledby="elder-title">
      <Link to="/#work" className="elder-back"><ArrowLeft size={18} />Back to Selected Work</Link>
      <h1 id="elder-title">Simplifying Polypharmacy<br />for Older Adults</h1>
      <p className="elder-subtitle">Creating an accessible way to keep track of several<br className="elder-desktop-break" /> medicines and day-to-day care.</p>
      <div className="elder-metadata">
        <div><span className="elder-label">MY ROLE</span><p>User Research, Interviewing, Behaviour Studies, Interaction Design, IA, Wireframes, UI Design, Prototypes</p></div>
        <div><span className="elder-label">PROJECT TYPE</span><p>User Research · Interaction Design · Inclusive Access</p></div>
        <div><span className="elder-label">FOCUS</span><p>Older Users · Family Carers · Multiple Medications</p></div>
      </div>
    </section>
    <section className="elder-screen elder-hero" aria-label="Elderly medication illustration"><img src="/elderly frame.png" alt="A senior looking over their medicines on a mobile" /></section>
    <section className="elder-screen elder-scenario" aria-labelledby="elder-scenario-title">
      <div><span className="elder-label">CURRENT SCENARIO</span><h2 id="elder-scenario-title">What does the current<br className="elder-desktop-break" /> scenario look like?</h2>
        <div className="elder-scenario-list">{scenario.map(([title, copy], i) => <article key={title}><Number index={i} /><div><h3>{title}</h3><p>{copy}</p></div></article>)}</div>
      </div>
      <div className="elder-context-image"><img src="/elderly frame.png" alt="A senior relying on a reminder for medicines" /></div>
    </section>
    <section className="elder-screen elder-research" aria-label="Qualitative and quantitative research">
      <div className="elder-qualitative"><h2>Qualitative Research</h2><p className="elder-participants">6 older adults · 10 family carers · 1 pharmacy student</p>
        <div className="elder-quotes">{qualitative.map(([title, copy], i) => <article key={title}><Number index={i} /><div><h3>{title}</h3><p>{copy}</p></div></article>)}</div>
      </div>
      <div className="elder-quantitative"><h2>Quantitative<br />Research</h2><div>{quantitative.map(([value, title, copy]) => <article key={value}><strong>{value}</strong><h3>{title}</h3><p>{copy}</p></article>)}</div></div>
    </section>
    <section className="elder-screen elder-secondary" aria-labelledby="elder-secondary-title"><div><h2 id="elder-secondary-title">Secondary Research</h2><p className="elder-research-subtitle">Learning how older people handle their medication</p></div><EditorialGrid items={secondary} /></section>
    <section className="elder-screen elder-problem" aria-labelledby="elder-problem-title"><h2 id="elder-problem-title">Problem Statement</h2><p>“How could we make <span>handling several medicines and daily care easier</span> for older people, while letting their <span>relatives remain part of it</span> even when they are not always nearby?”</p></section>
    <section className="elder-screen elder-needs" aria-labelledby="elder-needs-title"><h2 id="elder-needs-title">What do the users need?</h2><div className="elder-needs-columns">{needs.map(group => <div key={group.label}><h3 className="elder-label">{group.label}</h3>{group.items.map(([title, copy], i) => <article key={title}><div><Number index={i} /><h3>{title}</h3></div><p>{copy}</p></article>)}</div>)}</div></section>
    <section className="elder-screen elder-personas" aria-labelledby="elder-personas-title"><h2 id="elder-personas-title">User Personas</h2><div className="elder-persona-grid">{personas.map(person => <article key={person.name}><span className="elder-label">{person.label}</span><h3>{person.name}</h3><p className="elder-persona-detail">{person.detail}</p><div className="elder-persona-about"><h4>ABOUT</h4><p>{person.about}</p></div><h4>NEEDS</h4><ul>{person.needs.map(item => <li key={item}>{item}</li>)}</ul><h4>FRUSTRATIONS</h4><ul>{person.frustrations.map(item => <li key={item}>{item}</li>)}</ul><div className="elder-persona-goal"><h4>GOAL</h4><blockquote>{person.goal}</blockquote></div></article>)}</div></section>
    <section className="elder-screen elder-solution" aria-labelledby="elder-solution-title"><h2 id="elder-solution-title">The Solution</h2><EditorialGrid items={solution} /></section>
  </div>;
}
