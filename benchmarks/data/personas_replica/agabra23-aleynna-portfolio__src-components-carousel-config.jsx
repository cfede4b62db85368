import Carousel1 from "../assets/carousel/Carousel1.png";
import Carousel2 from "../assets/carousel/Carousel2.png";
import Carousel3 from "../assets/carousel/Carousel3.png";
import Carousel4 from "../assets/carousel/Carousel4.png";
import Carousel5 from "../assets/carousel/Carousel5.png";
import Carousel6 from "../assets/carousel/Carousel6.png";
import Carousel7 from "../assets/carousel/Carousel7.png";
import Carousel8 from "../assets/carousel/Carousel8.png";
import Carousel9 from "../assets/carousel/Carousel9.png";
import Carousel10 from "../assets/carousel/Carousel10.png";
import Carousel11 from "../assets/carousel/Carousel11.png";
import UserPersona from "./UserPersona";
import GregAvatar from "../assets/GregAvatar.png";
import JenAvatar from "../assets/JenAvatar.png";
import Mockup1 from "../assets/Mockup1.png";
import Mockup2 from "../assets/Mockup2.png";
import Mockup3 from "../assets/Mockup3.png";

const autoCardDetails = {
  0: {
    imgUrl: Carousel1,
    title: "Main Screen",
  },

  1: {
    imgUrl: Carousel2,
    title: "Networking Screen",
  },

  2: {
    imgUrl: Carousel3,
    title: "Best 5 Screen",
  },

  3: {
    imgUrl: Carousel4,
    title: "Match Located Screen",
  },

  4: {
    imgUrl: Carousel5,
    title: "Pairing Screen",
  },

  5: {
    imgUrl: Carousel6,
    title: "Pair Profile Screen",
  },

  6: {
    imgUrl: Carousel7,
    title: "Seating Screen",
  },

  7: {
    imgUrl: Carousel8,
    title: "Newcomer Screen",
  },

  8: {
    imgUrl: Carousel9,
    title: "Inbox Screen",
  },

  9: {
    imgUrl: Carousel10,
    title: "Update Profile Screen",
  },

  10: {
    imgUrl: Carousel11,
    title: "Thank You For Arriving Screen",
  },
};
const cardArray = [
  <img className={`w-full max-w-[250px]`} src={Carousel1} alt="" />,

  <img className={`w-full max-w-[250px]`} src={Carousel2} alt="" />,

  <img className={`w-full max-w-[250px]`} src={Carousel3} alt="" />,

  <img className={`w-full max-w-[250px]`} src={Carousel4} alt="" />,

  <img className={`w-full max-w-[250px]`} src={Carousel5} alt="" />,

  <img className={`w-full max-w-[250px]`} src={Carousel6} alt="" />,

  <img className={`w-full max-w-[250px]`} src={Carousel7} alt="" />,

  <img className={`w-full max-w-[250px]`} src={Carousel8} alt="" />,

  <img className={`w-full max-w-[250px]`} src={Carousel9} alt="" />,

  <img className={`w-full max-w-[250px]`} src={Carousel10} alt="" />,

  <img className={`w-full max-w-[250px]`} src={Carousel11} alt="" />,
];

const gregDescriptionElement = (
  <p className="col-span-2 text-[16px] md:text-lg">
    Greg plays uplifting podcasts in his spare hours to gather his focus and
    drive. He is active in online podcast circles, passing on his preferred
    shows and asking for suggestions from like-minded fellow fans.
  </p>
);
const jenDescriptionElement = (
  <p className="col-span-2 text-[16px] md:text-lg">
    An inquisitive person at heart who loves to keep learning. Jen is forever
    keen to pass on any fresh discoveries she makes to those around her, but
    at times they aren’t engaged or don't listen.
  </p>
);

const personaArray = [
  <UserPersona
    avatar={GregAvatar}
    name={"Greg"}
    alias={"the ambitious specialist"}
    occupation={"Programmer, remote"}
    frustrations={[
      "Senses that he doesn’t get the chance to bond with people since his mind is always on his job",
    ]}
    goals={[
      "Balance job and home life",
      "Thrive in his profession while still looking after his mind and emotional well-being",
    ]}
    age={"41"}
    description={gregDescriptionElement}
  />,
  <UserPersona
    avatar={JenAvatar}
    name={"Jen"}
    alias={"the eager explainer"}
    occupation={"Financial analyst"}
    frustrations={[
      "Hopes to pass on what podcasts teach her yet those close to her don’t show interest",
    ]}
    goals={[
      "Spend time with others who share her hobbies and tastes",
      "Find fresh podcasts that keep holding her attention and sparking ideas",
    ]}
    age={"29"}
    description={jenDescriptionElement}
  />,
];

const mockupArray = [
  <img
    className="object-cover md:max-w-[425px] md:min-w-[100px] h-auto"
    src={Mockup1}
    alt="Cafe Interior Mockup 1"
  />,
  <img
    className="object-cover md:max-w-[425px] md:min-w-[100px] h-auto"
    src={Mockup2}
    alt="Cafe Interior Mockup 2"
  />,
  <img
    className="object-cover md:max-w-[425px] md:min-w-[100px] h-auto"
    src={Mockup3}
    alt="Cafe Interior Mockup 3"
  />,
];

export { autoCardDetails, cardArray, personaArray, mockupArray };
