    <div className="mar-top-100">
      <h3 className="mb-5 subtitle-aqua">Understanding the user</h3>
      <h5 className="mb-5">Pain Points</h5>
      <section class="understanding-the-user">
        <div class="row text-center mt-3 ">
          <div class="col-md-4 col-sm-6 mb-4">
            <div class="circle mx-auto">1</div>
            <h4>Lack of Detailed Information</h4>
            <p>
            Guests keep running into menus that say far too little about the beers they can order.
            </p>
          </div>
          <div class="col-md-4 col-sm-6 mb-4">
            <div class="circle mx-auto">2</div>
            <h4>Decision Fatigue</h4>
            <p>
            Faced with a long list and hardly any help, guests feel swamped when picking a beer.
            </p>
          </div>
          <div class="col-md-4 col-sm-6 mb-4">
            <div class="circle mx-auto">3</div>
            <h4>Inconsistent Experiences</h4>
            <p>
            What arrives in the glass often differs from what people pictured, so new drinks disappoint.
            </p>
          </div>
        </div>
      </section>
    </div>
    {/* Personas */}
    <div className="mt-3">
    <h5 className="mb-5">Personas</h5>
    <div class="persona-profile mt-5">
    <h2 class="persona-name">Rafael Tejada</h2>
    <p class="persona-quote">"Nothing matters more to me than quality. If there is a wide choice, I want to know exactly what each option is before I decide."</p>
    <div class="persona-details">
        <div class="left-column">
            <div class="persona-image">
                <img src={rafael} alt="Persona Image" />
            </div>
            <ul class="persona-info">
                <li><strong>Age:</strong> 46</li>
                <li><strong>Education:</strong> Engineering degree</li>
                <li><strong>Hometown:</strong> La Vega, Dominican Republic</li>
                <li><strong>Family:</strong> Separated, father of two sons</li>
                <li><strong>Occupation:</strong> Power Systems Engineer</li>
            </ul>
        </div>
        <div class="right-column">
            <div class="persona-goals">
                <h3>Goals</h3>
                <ul class='custom-list'>
                    <li>Leave the pressure of the job behind in a calm setting.</li>
                    <li>Share good beers with his friends.</li>
                    <li>Discover choices that live up to his strict taste.</li>
                    <li>Save bottle caps to use in his craft projects.</li>
                </ul>
            </div>
            <div class="persona-frustrations">
                <h3>Frustrations</h3>
                <ul class='custom-list'>
                    <li>Menus with little choice and even less detail.</li>
                    <li>Bars that are too dark inside.</li>
                    <li>Too few comfortable seats and parking spaces.</li>
                </ul>
            </div>
        </div>
    </div>
    <div class="persona-story">
        <p>
            Rafael is employed by a solar power firm and looks for spots to relax once his demanding shifts end. He favours comfortable venues where good beer and time with his friends come together. He stands for the customer who cares about quality and wants plain, clear details about what he drinks.
        </p>
    </div>
</div>

       {/* Rafael User Journey Map */}
      <h4 className="mt-5 text-center">Rafael - User Journey Map</h4>
      <div className="journey-map table-responsive">
        <p><strong>Goal:</strong> Pick out beers that suit his demanding palate.</p>
        <table className="journey-table">
          <thead>
            <tr>
              <th>Action</th>
              <th>Browse the menu</th>
              <th>Review details</th>
              <th>Select a beer</th>
              <th>Enjoy the beer</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td><strong>Task List</strong></td>
              <td>
                <ul className='persona-info'>
                  <li>1. Launches the app once seated.</li>
                  <li>2. Scrolls the list of beers.</li>
                </ul>
              </td>
              <td>
                <ul className='persona-info'>
                  <li>1. Studies the tasting descriptions.</li>
                  <li>2. Weighs up ABV and IBU figures.</li>
                </ul>
              </td>
              <td>
                <ul className='persona-info'>
                  <li>1. Picks a beer using the app’s details.</li>
                </ul>
              </td>
              <td>
                <ul className='persona-info'>
                  <li>1. Savours his drink in the calm atmosphere.</li>
                </ul>
              </td>
            </tr>
            <tr>
              <td><strong>Feeling Adjective</strong></td>
              <td>Attentive, Probing</td>
              <td>Sure, Comforted</td>
              <td>Pleased, Expectant</td>
              <td>At ease, Happy</td>
            </tr>
            <tr>
              <td><strong>Improvement Opportunities</strong></td>
              <td>Add filters so the menu is easier to search.</td>
              <td>Show tasting notes on every beer.</td>
              <td>Suggest beers that match his tastes.</td>
              <td>Let people bookmark and score the beers they like best.</td>
            </tr>
          </tbody>
        </table>
      </div>

      <div class="persona-profile mt-5">
    <h2 class="persona-name">Daniela Peralta</h2>
    <p class="persona-quote">"You only get one life, so spend it with good beer and good friends."</p>
    <div class="persona-details">
        <div class="left-column">
            <div class="persona-image">
                <img src={daniela} alt="Persona Image" />
            </div>
            <ul class="persona-info">
                <li><strong>Age:</strong> 27</li>
                <li><strong>Education:</strong> Bachelor’s in Communications</li>
                <li><strong>Hometown:</strong> Torre Alta, Puerto Plata, Dominican Republic</li>
                <li><strong>Family:</strong> Single, shares her flat with two cats</li>
                <li><strong>Occupation:</strong> Brand Lead at a fintech startup</li>
            </ul>
        </div>
        <div class="right-column">
            <div class="persona-goals">
                <h3>Goals</h3>
                <ul class='custom-list'>
                    <li>Discover original, laid-back spots.</li>
                    <li>Make new friends and back small local venues.</li>
                    <li>Post Instagram reels about the places she tries.</li>
                </ul>
            </div>
            <div class="persona-frustrations">
                <h3>Frustrations</h3>
                <ul class='custom-list'>
                    <li>Music so loud that nobody can talk.</li>
                    <li>Hardly any genuine craft beer on tap.</li>
                    <li>Packed bars where the queues never end.</li>
                </ul>
            </div>
        </div>
    </div>
    <div class="persona-story">
        <p>
            Daniela is an inventive spirit who loves tracking down fresh, lively venues. She hunts for one-off moments to post online and prizes range and genuineness in whatever she buys. She stands for a young, outgoing audience that lives much of its life online.
        </p>
    </div>
</div>

      {/* Daniela User Journey Map */}
    <h4 className="mt-5 text-center">Daniela - User Journey Map</h4>
    <div className="journey-map table-responsive">
      <p><strong>Goal:</strong> Choose a beer she has never had before and have a good night out.</p>
      <table className="journey-table">
        <thead>
          <tr>
            <th>Action</th>
            <th>Open the menu (app)</th>
            <th>Inform herself about details</th>
            <th>Discuss and decide what to try</th>
            <th>Try selected beers</th>
            <th>Provide feedback</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td><strong>Task List</strong></td>
            <td>
              <ul className='persona-info'>
                <li>1. Launches the app as soon as she walks in.</li>
                <li>2. Browses the sections and reads the illustrated write-ups.</li>
              </ul>
            </td>
            <td>
              <ul className='persona-info'>
                <li>1. Looks at what each beer contains and how it tastes.</li>
                <li>2. Goes through ratings and tailored suggestions.</li>
              </ul>
            </td>
            <td>
              <ul className='persona-info'>
                <li>1. Talks the choices over with her friends.</li>
                <li>2. Makes up her mind from the details shown.</li>
                <li>3. Asks the bartender what to order.</li>
              </ul>
            </td>
            <td>
              <ul className='persona-info'>
                <li>1. Samples her picks and checks them against her hopes.</li>
                <li>2. Takes in the atmosphere.</li>
              </ul>
            </td>
            <td>
              <ul className='persona-info'>
                <li>1. Posts pictures and remarks online.</li>
                <li>2. Writes a rating inside the app.</li>
              </ul>
            </td>
          </tr>
          <tr>
            <td><strong>Feeling Adjective</strong></td>
            <td>Eager, Thrilled</td>
            <td>Prepared, Assured</td>
            <td>Involved, Hopeful</td>
            <td>Content, Delighted</td>
            <td>Capable, Driven</td>
          </tr>
          <tr>
            <td><strong>Improvement Opportunities</strong></td>
            <td>Make write-ups more visual and navigation simpler.</td>
            <td>Give fuller suggestions and list the ingredients.</td>
            <td>Add flavour labels or strength-of-taste scales.</td>
            <td>Make sure descriptions match what actually gets served.</td>
            <td>Reward reviews with points or small game elements.</td>
          </tr>
        </tbody>
      </table>
    </div>

    </div>
