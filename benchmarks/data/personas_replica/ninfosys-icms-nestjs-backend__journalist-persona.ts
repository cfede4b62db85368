import { Persona } from '../framework/types';

export const nimalReporter: Persona = {
  id: 'nimal-reporter',
  name: 'Nimal Perera',
  role: 'VIEWER',
  age: 33,
  occupation: 'Data Reporter',
  technicalLevel: 'INTERMEDIATE',
  background: `
    Nimal Perera, 33, is a data reporter on the staff of a widely read 
    Sri Lankan daily. Several times a week he visits ministry and council 
    portals to dig into leads, fact-check claims, and pull down official 
    papers that his published pieces depend on.
    
    Nimal is at ease with digital tools and assumes public-sector portals 
    will be open and simple to move around. Deadlines often force him to 
    track down one particular circular at speed, save the files attached to 
    it, and confirm that a notice really came from the ministry.
    
    He stands in for the press corps, whose work hinges on open government 
    and free access to public records. Nimal relies on search that works 
    well and downloads that never fail if he is to file his stories on time.
  `,
  goals: [
    'Locate official circulars and notices in seconds',
    'Save government files and their attachments without errors',
    'Browse material by subject and by category',
    'See the most recently released public information',
    'Confirm that official statements are genuine',
    'Receive alerts when significant notices go up'
  ],
  painPoints: [
    'Attachment links that lead to error pages',
    'A search box that surfaces unrelated pages',
    'Patchy tagging that hides material in the wrong section',
    'Files that take ages to open',
    'Missing release dates and no sign of which version is current',
    'Nothing to save or follow pages that change over time'
  ],
  email: 'nimal.perera@newsdesk.lk',
  password: 'NimalNews@2025',
  avatar: '👨🏾📰'
}; 