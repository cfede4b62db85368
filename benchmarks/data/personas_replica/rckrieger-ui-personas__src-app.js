import React, { Component } from 'react';
import './App.css';
import Personae from './Personae';
import { Navbar, NavItem, Nav, Grid, Row, Col } from "react-bootstrap";

var tamika = {
    name: "Tamika Rhodes",
    photo: "https://static.wikia.nocookie.net/fieldtripclub/images/c/c4/FTC_S2_E7_118.jpg/revision/latest/scale-to-height-down/280?cb=20180415120641",
    canoe: {
      agreeableness: .3,
      conscientiousness: .7,
      extraversion: .85,
      openness: 1.0,
      neuroticism: .75
    },
    role: "Student",
    schedule: [
      ["7:15 AM" , "Get out of bed"],
      ["8:00 AM" , "Head to class"],
      ["12:00 PM" , "Have lunch"],
      ["1:00 PM" , "Afternoon lessons"],
      ["3:15 PM" , "Walk home"],
      ["4:00 PM" , "Do homework"],
      ["6:30 PM" , "Family dinner"],
      ["8:30 PM" , "Bedtime"]
    ],
    quotes: ["Oh, no! Oh, no! Oh, no, no, no!",
      "Let's see the evidence.",
      "Hmm, what if...",
      "Assuming my facts are right..."],
    motivation: ["Learning more", "Getting it right"],
    goals: ["Get to each stop quickly", "See and do as much as possible on fieldtrips"],
    frustations: ["Having to wait on everyone"],
    fears: ["Getting my facts wrong", "Being left out of things"],
    keyTraits: ["Inquisitive", "Driven", "Logical"],
    age: 9,
    bio: "Hey, I'm Tamika. I'm strict about the rules but I really dislike it when everything drags. I adore Ms. Wexley's Feildtrips but standing around while the chaperones take role call lasts ages. Getting the facts right matters a lot to me. It bugs me when people spread things that are false. And one more thing, I wish there was some way could learn even more from the feildtrips we go on.",
    gender: "Female",
    race: "Black",
    favoriteApps: ["TikTok", "Pinterest", "Khan Academy"],
    technicalSkills: "High"

};
var wexley = {
    name: "Ms. Wexley",
    photo: "https://static.wikia.nocookie.net/fieldtripclub/images/d/d2/MsWex.jpg.jpg/revision/latest/smart/width/260/height/260?cb=20150522184417",
    canoe: {
      agreeableness: .65,
      conscientiousness: .25,
      extraversion: .95,
      openness: 1.0,
      neuroticism: .15
    },
    role: "Teacher",
    schedule: [
      ["5:45 AM" , "Get out of bed"],
      ["7:00 AM" , "Drive to school"],
      ["8:00 AM" , "First lesson"],
      ["12:00 PM" , "Have lunch"],
      ["1:00 PM" , "Afternoon lessons"],
      ["4:30 PM" , "Drive home"],
      ["5:00 PM" , "Mark Homework"],
      ["7:00 PM" , "Supper"],
      ["9:30 PM" , "Bedtime"]
    ],
    quotes: ["Try things, get it wrong, and get your hands dirty!",
      "Go out and discover!",
      "Anything is possible!",
      "Pairs, everybody, pairs."],
    motivation: ["Learning more", "Discovery", "Coaching"],
    goals: ["Give every student a trip to remember", "Not loose a single child"],
    frustations: ["Loosing track of students", "Getting word to the parents"],
    fears: ["Getting things wrong in class", "Failing as a teacher"],
    keyTraits: ["Coach", "Inquisitive", "Lifelong learner"],
    age: 43,
    bio: "Taking my class out on fieldtrips is my favorite thing. For me nothing teaches better than a trip.I am not the most organized person though. I wish I had an easier way to organize my fieldtrips. On top of that I wish I could keep in touch with the chaperones more easily. I also need an easier way to let all the parents know when a trip is running behind.",
    gender: "Female",
    race: "White",
    favoriteApps: ["Dropbox", "OneNote", "Calender"],
    technicalSkills: "Medium"
};
var marcus = {
    name: "Marcus Bellamy",
    photo: "https://static.wikia.nocookie.net/fieldtripclub/images/4/4f/The-director-field-trip-club-3.2.jpg/revision/latest?cb=20180611094512",
    canoe: {
      agreeableness: .35,
      conscientiousness: .85,
      extraversion: .55,
      openness: .45,
      neuroticism: .65
    },
    role: "Chaperone/Parent",
    schedule: [
      ["6:15 AM" , "Get out of bed"],
      ["8:00 AM" , "Take son to school"],
      ["8:45 AM" , "Head to the office"],
      ["12:30 PM" , "Have lunch"],
      ["1:30 PM" , "Back to the office"],
      ["3:30 PM" , "Make sure son got home"],
      ["5:30 PM" , "Drive home"],
      ["6:30 PM" , "Family dinner"],
      ["10:30 PM" , "Bedtime"]
    ],
    quotes: ["Appreciate the call"],
    motivation: ["Being a great dad", "Self-respect"],
    goals: ["Make good use of time", "Not loose track of my son"],
    frustations: ["Being caught off guard", "Not enough order or structure", "Time being thrown away"],
    fears: ["Loosing track of my boy"],
    keyTraits: ["Orderly", "Forward-planning", "Fatherly"],
    age: 34,
    bio: "I work as a director at a big TV channel. I run the learning shows for kids. Now and then I chaperone so my son and I can share memories. Every trip I have chaperoned up to now was porly planned though. I would sign up more often if the trips were run better.",
    gender: "Male",
    race: "Black",
    favoriteApps: ["Messages", "Contacts", "Calendar"],
    technicalSkills: "Low"
};

const PEOPLE = [tamika,wexley, marcus];
class App extends Component {
  constructor()
  {
    super();
    this.state = {
      activePlace: 0,
    };
  }
  render() {
    const activePlace = this.state.activePlace;
    return (
      <div className="App">
        <Nav
          bsStyle="tabs"
          activeKey={activePlace}
          onSelect={index => {
            this.setState({ activePlace: index });
          }}
        >
        {PEOPLE.map((person, index) => (
          <NavItem key={index} eventKey={index}>{person.name}</NavItem>
        ))}
      </Nav>
      <Personae person={PEOPLE[activePlace]}/>
      </div>
    );
  }
}





export default App;
