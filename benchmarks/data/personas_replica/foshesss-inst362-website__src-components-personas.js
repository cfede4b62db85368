import React from "react";

const Personas = () => (
    <div id='personas'>
        <header className='problem-header'>
            <h2>Personas</h2>
        </header>
        <div id='persona-examples'>
            {/* example #1 */}
            <div className='persona-example'>
                <h3>Megan Clark</h3>
                <img src="https://d.newsweek.com/en/full/755155/484222033.jpg" alt="megan clark" />
                <p>
                    Megan works on the staff of UVA’s campus dining 
                    services, where her focus is rolling out sustainable 
                    efforts across our dining halls, snack stops, and the 
                    student center. She keeps a 9 to 5 at UVA building green 
                    projects that benefit the planet while coping with enormous 
                    volumes of food and famished students. She never takes meals in 
                    the dining halls, yet she is closely tied to the daily 
                    running of every dining hall on campus. 
                </p>
                <div className='persona-example-lists'>
                    <div>
                        <h4>Demographics</h4>
                        <ul>
                            <li>Has a job</li>
                            <li>Works on staff @ UVA</li>
                            <li>Female</li>
                            <li>Outcomes</li>
                            <li>Deeply cares about global warming</li>
                        </ul>
                    </div>
                    <div>
                        <h4>Outcomes</h4>
                        <ul>
                            <li>Devises ecologically minded plans for the dining hall</li>
                            <li>Tries to cut down waiting times</li>
                            <li>Opens an additional green dining hall</li>
                        </ul>
                    </div>
                </div>
                <h4>Changes</h4>
                <p>
                    So far in our study we have still not 
                    managed to contact a local resident who 
                    could benefit from these spare meals to ease 
                    the food insecurity of their family. We chose to 
                    rework our first persona into a member of dining 
                    services staff. The whole persona shifted, yet 
                    it still holds a key place in our overall study 
                    and in the findings we draw from it. 
                </p>
            </div>
            <div id="persona-example-bar"></div>
            {/* example #2 */}
            <div className='persona-example'>
                <h3>Kyle Donovan</h3>
                <img src="https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcTDb2qFVWhcusrIPQo2JYh1tfnroLl-CuT_0A&usqp=CAU" alt="kyle donovan" />
                <p>
                    Kyle is an overbooked sophomore carrying 19 credits and joining 
                    a whole range of clubs and activities. Whenever he gets hungry, 
                    he mostly relies for meals on the University of Virginia dining 
                    halls. Those halls are solid choices– there’s a wide range of 
                    food to pick from, but there is a catch. Given Kyle’s packed calendar, 
                    he has only a few windows when he can get a meal. That is a snag 
                    since it isn’t rare for the queues at the dining hall to 
                    stretch very far. On top of that, given the dining hall’s 
                    short hours, Kyle cannot get food when he is free. Whenever he 
                    runs into these issues, he must either rush through his food to stay 
                    on his tight timetable or else go without food.
                </p>
                <div className='persona-example-lists'>
                    <div>
                        <h4>Demographics</h4>
                        <ul>
                            <li>Bachelor degree student</li>
                            <li>Student who eats at the dining hall often (every day)</li>
                            <li>Without a job</li>
                            <li>Joins clubs and intramural sports outside of lectures</li>
                            <li>Male</li>
                        </ul>
                    </div>
                    <div>
                        <h4>Outcomes</h4>
                        <ul>
                            <li>Easier access to meals on campus</li>
                            <li>Food that fits around his packed timetable</li>
                            <li>Time to concentrate on classes or clubs</li>
                        </ul>
                    </div>
                </div>

                <h4>Changes</h4>
                <p>
                    Once we had talked with two students about how they used 
                    the dining hall, we could see plainly that our first 
                    draft of Kyle Donovan was not the persona we had been 
                    after. That first draft depicted a student who ends up 
                    never eating at the dining hall and struggling to find 
                    food. It’s plain now that the students we interviewed DO 
                    dine on campus and have run into problems with the dining 
                    halls– be it with long lines or the limited hours of service.
                </p>
            </div>
        </div>
    </div>
);

export default Personas;