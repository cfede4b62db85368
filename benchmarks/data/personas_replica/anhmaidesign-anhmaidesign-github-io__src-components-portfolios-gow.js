        <div className="row portfolio-row">
          <div className="col-xs-12 col-sm-3 portfolio-vertical-align">
            <div className="portfolio-left-col">
              User Persona
            </div>
          </div>
          <div className="col-xs-12 col-sm-9">
            <div className="portfolio-right-col">
              <div className="col-xs-12 col-sm-4">
                <img className="portfolio-img-page" style={ {marginTop: '20px'}} src="files/people/laura.jpg"/>
              </div>
              <div className="col-xs-12 col-sm-8">
                <h3>Laura Bennett, 31</h3>
                
                <p>She adores ELM goods for their quality and pricing, though she wishes the ELM website offered a more pleasant way to shop.</p>
                <p><b>Current Frustrations:</b></p>
                <ul>
                  <li>The menu bar is hard to work with while browsing items</li>
                  <li>Too much content crammed onto the site</li>
                </ul>
                <p><b>User Needs:</b></p>
                <ul>
                  <li>A menu bar laid out plainly and simple to move through</li>
                  <li>Sales and special deals shown more visibly</li>
                </ul>
              </div>
              <div className="col-xs-12 col-sm-4">
                <img className="portfolio-img-page" style={ {marginTop: '20px'}} src="files/people/derek.jpg"/>
              </div>
              <div className="col-xs-12 col-sm-8">
                <h3>Derek Wilson, 24</h3>
                
                <p>He bought from ELM a few times before, but he quit after running into a lot of unpleasant moments while ordering on the ELM site.</p>
                <p><b>Current Frustrations:</b></p>
                <ul>
                  <li>Details are scattered and hard to keep track of</li>
                  <li>Too few photos and item descriptions</li>
                </ul>
                <p><b>User Needs:</b></p>
                <ul>
                  <li>A tidy, uncluttered page layout that makes items quicker to find</li>
                  <li>Extra features to help with checkout</li>
                  
                </ul>
              </div>
              <div className="col-xs-12 col-sm-4">
                <img className="portfolio-img-page" style={ {marginTop: '20px'}} src="files/people/hoa.jpg"/>
              </div>
              <div className="col-xs-12 col-sm-8">
                <h3>Olivia Hayes, 22</h3>
                
                <p>ELM ranks among her top stores for skincare goods, although buying from it has not always gone well for her.</p>
                <p><b>Current Frustrations:</b></p>
                <ul>
                  <li>Reaching an item page takes far too many clicks</li>
                
                  <li>A weak menu bar and details that feel cluttered</li>
                </ul>
                <p><b>User Needs:</b></p>
                <ul>
                  <li>Extra item photos that show prices</li>
                  <li>A tidier, sparser menu bar</li>
                  
                </ul>
              </div>
            </div>
          </div>
        </div>
