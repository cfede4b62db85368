import React, { useContext  } from 'react';
import { Link } from 'react-router-dom';
import { AppContext } from '../../contexts/app_context';
import Quicklinkbtns from '../quicklinkbtns';
import './index.css'

function BCPopup() {
  let {showDiv, setShowDiv} = useContext(AppContext);

  function handleClick() {
    if(showDiv === false){
        setShowDiv(true);
    } else if (showDiv === true){
        setShowDiv(false);
    }
}
  return (
    <div class="popup_screen">
       <div class="sand_navbar" id='sand_navbar'>
      <Link to='/#categoryList'> <p onClick={() => handleClick()}  class="backbtn">back</p></Link>
        {/* <p onClick={() => handleClick()}  class="backbtn">next</p> */}
      </div>
     <h2 class="case_title">Page Circle</h2>

     <div class="info_grid">
       <div>
         <h3>The problem</h3>
         <p>Ever finished a wonderful novel and longed to talk it over, yet you can’t spare the hours to travel to the closest town that runs a
           reading group every month? Good news: lots of readers out there are enjoying the very novel your reading right now, and they will happily
            chat about it at whatever moment suits you. Get set to meet book lovers from every corner of the globe on your schedule!</p>
       </div>
        <div>
             <h3>The Solution</h3>
             <p>A site that works as a social hub for running reading groups and live chat threads built around
                     your free time, with asynchronus and real-time features that let you talk with other members.
             </p>
        </div>
        <div>
          <b>Role:</b> Product Designer, Front-End Web developer
          <b>Duration:</b> 10 weeks
          <b>UX tools:</b> Adobe XD
          <b>Frontend tools:</b> HTML, CSS, Tailwind, Javascript
        </div>
        <div>
          < Quicklinkbtns/>
        </div>
      </div>
      <div className="block_space">
        <h2 className="header">Discover & Research</h2>
            <p className="centered_para">Plenty of platforms let people worldwide talk about all kinds of subjects, but none focus on books while offering live streams, virtual meetups, posts tied to one particular title, and ways to befriend readers in other countries.</p>
          <h2 className="block_space">Competitive Analysis</h2>
          <p className="centered_para">I looked into the direct rivals of PageCircle to learn how other companies in publishing and bookselling handle social features online when books sit at the heart of the experience.</p>
          
          <div className="block_flex_start"> 
            <div>
              <h3>User's Values</h3>
              <ul className="list_items">
                <li>Own virtual shelf</li>
                <li>Reading log </li>
                <li>Following what friends read</li>
                <li>Chat forums</li>
              </ul>
            </div>

            <div>
              <h3>Area's of Improvement</h3>
              <ul className="list_items">
                <li>Member engagement</li>
                <li>Five-star scoring</li>
                <li>Sorting of titles</li>
                <li>Reviews split by age bracket</li>
              </ul>
            </div>
          </div>    
          <div className="block_space">
            <h3>Understanding the user</h3>
            <p className="centered_para">Talking to people face to face is the surest route to knowing them. I set out to interview active readers who were curious about online reading groups and chats.
              I put targeted questions to each participant to learn what drive and encourage their choice to sign up for a reading group.</p>
          </div>
          <div className="block_space">
            <h3>Participants</h3>
            <p className="centered_para">I spoke with 5 people I know, all keen readers who had belonged to reading groups before.</p>
          </div>
          <div className="block_space">
            <h3>Interview findings</h3>
              <div className="block_flex_start">
                <p className="small_flex">5/5 users would rather join groups that meet when they are free</p>
                <p className="small_flex">4/5 users would sooner skim reviews to learn other reader’s views rather then attend a live chat</p>
                <p className="small_flex">1/5 users still favours face-to-face groups out of habit.</p>
              </div>
            <p className="block_space centered_para">*Every user said time is their top priority, so how much time it takes would decide whether they join a group.</p>
          </div>
          <div className="block_space">
            <h3>Personas</h3>
            <p className="centered_para">In the interviews, every participant described how they think, what inspires them and what annoys them about online or face-to-face reading groups. The shared themes led me to build an Empathy Map and then a persona standing for the target user.</p>
          </div>
          <div className="block_flex_start">
            <div className="list_items">
              <h4>Melissa Hart</h4>
              <ul>
                <li><b>Age:</b> 34</li>
                <li><b>Location:</b>Ohio, USA</li>
                <li><b>Occupation:</b>Store Supervisor</li>
              </ul>
            </div>
            <div className="med_flex">
              <h3>“I love living through the heroes of a thrilling, adventurous story as if I were them.”</h3>
              <p><b>Bio:</b> Melissa Hart has loved books ever since childhood. her thoughts drift off into each fresh world she sinks into as she reads. She regularly catches herself second-guessing the characters and wanting to think back over the quests that took place. She was apart of reading groups at school years ago but cannot find the time to head out in person to a asynchronous reading group.</p>
            </div>
          </div>
          <div className="space_grid">
              <div>
                <ul>
                  <h3>Goals</h3>
                  <li>Enjoys picking up new ideas by talking with others</li>
                  <li>Wants friends who share her interests</li>
                  <li>Likes relaxing pastimes</li>
                </ul>
              </div>
              <div>
                <ul>
                  <h3>Frustrations</h3>
                  <li>Can't commit to hobbies that need long trips</li>
                  <li>Too few choices to pick from</li>
                </ul>
              </div>
              <div>
                <ul>
                  <h3>Needs</h3>
                  <li>Ease</li>
                  <li>Structure</li>
                  <li>A place to share her views on a novel</li>
                </ul>
              </div>
              <div>
                <ul>
                  <h3>Motivations</h3>
                  <li>What other reader's think</li>
                  <li>The excitement and fantasy of reading and debating</li>
                </ul>
              </div>
          </div>

          <div className="block_space">
            <h2 className="header">Ideate</h2>
            <h3>Features</h3>
            <p className="centered_para">Features decide whether people enjoy the product or abandon it. After weighing the user, the business aims and the technical limits, I listed the features central to the user's experience of meeting others on Pagecircle.</p>
          </div>
      </div>

    </div>
  );
}

export default BCPopup;
