
import { UserPersona } from "./types";

export const userPersonas: UserPersona[] = [
  {
    title: "The All-Rounded Scholar",
    description: "Win bursaries and competitive university places on the strength of projects that matter",
    problems: [
      "Prove how much your chosen subject means to you by building something real in it",
      "Bring your project into admission interviews to walk panels through how you think and improve",
      "Stand apart from other candidates with finished work you can attach to every application"
    ],
    image: "https://images.unsplash.com/photo-1581726707445-75cbe4efc586?q=80&w=2987&auto=format&fit=crop&ixlib=rb-4.0.3&ixid=M3wxMjA3fDB8MHxwaG90by1wYWdlfHx8fGVufDB8fHx8fA%3D%3D"
  },
  {
    title: "The Future Entrepreneur",
    description: "Shape rough ideas into prototypes that work and take the first steps as a founder",
    problems: [
      "Get past the stalling and the missing know-how with prototyping that is coached step by step",
      "Discover how user research and design methods lead to products and services people actually want",
      "Build alongside a group of young makers who lean on AI tools to run their ventures cheaply"
    ],
    image: "https://images.unsplash.com/photo-1552664730-d307ca884978?q=80&w=2970&auto=format&fit=crop&ixlib=rb-4.0.3&ixid=M3wxMjA3fDB8MHxwaG90by1wYWdlfHx8fGVufDB8fHx8fA%3D%3D"
  },
  {
    title: "Talent-Track Applicant",
    description: "Learners who intend to enter courses through the Talent-Track Admissions route",
    problems: [
      "Give admissions officers believable, concrete evidence of what you achieve outside exams",
      "Practise sought-after abilities such as working with AI and inventing new solutions",
      "Attach your project portfolio to the application as extra supporting material"
    ],
    image: "https://images.unsplash.com/photo-1596495577886-d920f1fb7238?q=80&w=2974&auto=format&fit=crop&ixlib=rb-4.0.3&ixid=M3wxMjA3fDB8MHxwaG90by1wYWdlfHx8fGVufDB8fHx8fA%3D%3D"
  }
];
