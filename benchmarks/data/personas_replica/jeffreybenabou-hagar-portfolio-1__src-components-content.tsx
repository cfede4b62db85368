import React, { useState } from 'react';
import { PortfolioButton } from './PortfolioButton';

export interface WorkInterface {
    title: string,
    iconPath: string,
    description: string,
    mainImagePath: string,
    figmaLink: string,
    designProcess: string,
    designProcessDescription?: string,
    screenshot?: string,
    realScreenShot?: string,
    personas: { name: string, age: string, education: string },
    colorPalette?: {
        explanation: string,
        colors: string[]
    },
    personaData?: {
        women: {
            name: string;
            info: Array<{ title: string; subtitle: string }>;
            goals: string[];
            painPoints: string[];
        };
        men: {
            name: string;
            info: Array<{ title: string; subtitle: string }>;
            goals: string[];
            sideGoals: string[];
        };
    }
}

export interface ImageInterface {
    src: string,
    tags: string[],
    name: string,
    workItem: WorkInterface
}

interface ContentProps {
    selectedWork: ImageInterface | null;
    setSelectedWork: (work: ImageInterface | null) => void;
}

export const Content = ({ selectedWork, setSelectedWork }: ContentProps) => {
  const [allImages] = useState<ImageInterface[]>([
    {
      src: './work1.png',
      tags: ['Tasks', 'Phone App'],
      name: 'Tasknest',
      workItem: {
        title: 'Phone app',
        iconPath: './tasknest.svg',
        realScreenShot: './public/tasknest_real.png',
        description: 'TaskNest is a clever task app that helps you add, share,<br/>and organize tasks with ease. It offers personal categories,<br/>in-app messaging, sending tasks to friends, photo and note<br/>attachments, member controls, and due date planning—everything<br/>gathered in a single place for a smooth and productive experience.',
        mainImagePath: './work1.png',
        figmaLink: 'https://figma.com/project-one',
        designProcess: 'Notes on the design process for Project One',
        designProcessDescription: 'Designing the app began with close study of the intended users to build an intuitive, easy-to-use UX, drafting wireframes for how the app is laid out, and mapping a clear path between screens. Next, we built a UI with a neat, current visual style.<br/>Lastly, we ran usability tests, refinements, and tuning to ship a polished, well-built app for organizing tasks and working together.',
        personas: { name: 'Richard Roe', age: '29', education: 'Bachelor\'s in Visual Arts' },
        colorPalette: {
          explanation: 'The design rests on a monochrome gray scheme to give a tidy, current, and structured feel. Hand picked pink touches draw the eye to key details, lending a note of liveliness and gentleness.\n\nPairing gray with pink strikes an ideal balance of plainness and freshness, lifting the user experience through an easy and enjoyable interface.',
          colors: ['#F95D8C', '#2D2D2D', '#FBFBFB', '#FFFFFF', '#969696', '#E1E1E1', '#F3F3F3'],
        },
        personaData: {
          women: {
            name: 'Noa',
            info: [
              { title: 'Age:', subtitle: '27 years old' },
              { title: 'Education:', subtitle: 'Media studies student' },
              {
                title: 'Background:',
                subtitle: 'Rents a flat in Haifa. Juggles her courses, a part-time shift at a bakery, and a lively social calendar. She knows task management apps but has trouble staying with them because of her packed days and little patience for complicated screens.',
              },
            ],
            goals: [
              'Keep an orderly day plan without missing course assignments or work shifts.',
              'Be sent smart nudges that match her shifting routine.',
              'Use an easy interface she can tailor to what she personally needs.',
            ],
            painPoints: [
              'Feeling swamped under a pile of tasks.',
              'No syncing between her study tasks and job tasks.',
              'Little tolerance for clunky interfaces.',
            ],
          },
          men: {
            name: 'Avi',
            info: [
              { title: 'Age:', subtitle: '39' },
              { title: 'Education:', subtitle: 'Online advertising course' },
              {
                title: 'Background:',
                subtitle: 'An independent online marketer, married with two kids, based in the Sharon region. Handles projects for several clients at once and needs tools for managing time to keep work and family in balance. Likes straightforward, effective solutions.',
              },
            ],
            goals: [
              'Set clear task priorities by urgency and due dates.',
              'Pass tasks to clients simply whenever required.',
              'Get clever alerts about upcoming or pressing tasks.',
            ],
            sideGoals: [
              'Too many tasks, so that key details slip his mind.',
              'Finds it hard to keep things tidy and rank tasks.',
              'Has a hard time with complicated screens or vague features.',
            ],
          },
        },
        screenshot: './public/tasknest_wireframe.png',
      },
    },
