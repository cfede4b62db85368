          <section className="user-persona text-left">
            <h1 className="display-4 mt-5">User Persona</h1>
            <p className="">
              From what I learned in research, I built a user persona to grasp users’ hopes, aims, and annoyances, and to hold on to empathy all through the design work.
                </p>
            <p className="">
              <b>Let’s Meet Luis Ramirez Castillo </b>
              Came from Honduras, Settled in the US 12 years back. Dad of 3 children, Maintenance Technician. His eldest boy recently got a license and needs a car. He must also replace his work pickup.
                </p>
            <div className='d-flex flex-row'>
              <div className='p-3 border border-secondary'>
                <p><b>Age:</b> 41</p>
                <p><b>Occupation:</b> Maintenance Technician</p>
                <p><b>Status:</b> Married, 3 children</p>
                <p><b>Location:</b> Memphis</p>
                <img className="img-fluid rounded w-50" src="https://image.freepik.com/free-photo/pointing-sketch_1098-14323.jpg" alt=""></img>
              </div>
              <div>
                <ul className="list-group">
                  <ul className="list-group mb-5">
                    <li className='list-group-item bg-light font-weight-bold'>Goals:</li>
                    <li className='list-group-item'>Track down a dependable and low cost car to give his son on his birthday</li>
                    <li className='list-group-item'>Control spending and put more aside so his children can live better</li>
                  </ul>
                </ul>
                <ul className="list-group mt-5">
                  <ul className="list-group">
                    <li className='list-group-item bg-light font-weight-bold'>Frustrations:</li>
                    <li className='list-group-item'>Cannot keep household costs in check</li>
                    <li className='list-group-item'>Job keeps him so occupied he rarely sees his family</li>
                  </ul>
                </ul>

              </div>
              <div>
                <ul className="list-group">
                  <ul className="list-group mb-2">
                    <li className='list-group-item bg-light font-weight-bold'>He is:</li>
                    <li className='list-group-item'>Hard worker</li>
                    <li className='list-group-item'>Loves the outdoors</li>
                    <li className='list-group-item'>Family-first</li>
                    <li className='list-group-item'>Organizer</li>
                  </ul>
                </ul>
                <ul className="list-group mt-2">
                  <ul className="list-group">
                    <li className='list-group-item bg-light font-weight-bold'>Techs:</li>
                    <li className='list-group-item'>Smartphone owner</li>
                    <li className='list-group-item'>Recent web adopter</li>
                    <li className='list-group-item'>Knows computer basics only</li>
                  </ul>
                </ul>
              </div>
            </div>
            <hr />
          </section>
