			<h2>Executive Summary</h2>
			<br>
			</div>
			<div class= overview>
			<p>This site exists to let people track down food trucks both while out and about and when planning ahead. Users can spot the food truck that fits their mood right then. The site also has a second side where food truck owners can promote their business and whereabouts so they draw more customers and introduce new "diners" to what they offer. </p>
				</div>

			<hr>
			<h2>Persona for company worker</h2>
			<p>NAME: Tony tacotruck</p>
			<p>AGE:23</p>
			<p>PROFESSION: Student who also drives a food truck part time & works the till</p>
			<p>TECHNOLOGY: Carries a Samsung smartphone</p>
			<p>ATTITUDES & BEHAVIORS: Tony attends classes and also holds a part time job as a food truck helper. Every minute counts, so he can't afford to lose any of it logging into an app and sharing where he is.</p>
			<p>FRUSTRATIONS & NEEDS: Tony has to spend as little time as he can signing into the app and sending out his position. On top of that, he does not want to spend more than a few minutes setting up his account in the app. He needs to sign in, share his location, and get to cooking and serving the customers</p>
			<p>GOALS: Tony's aim is for the whole routine of sharing his location through an app to take under 15 seconds, so his manager knows he's on shift and where, and above all so that customers are able to find him.</p>
			<h2>Use Case</h2>
			<p> Tony studies full time and works part time for a company that runs food trucks. He barely has time to get the truck ready, cook, drive to the spot and begin serving customers. He needs a fast and simple way to set up a profile in the app his manager uses so that he can sign in and share his position.</p>
			<h2>User Story</h2>
			<ul>
				<li><strong>Who:</strong> Tony Tacotruck</li>
				<li><strong>What:</strong> Employed by a food truck business</li>
				<li><strong>When:</strong> Any hour of the day, across the whole week</li>
				<li><strong>Why:</strong> Since he has to earn a living</li>
				<li><strong>Where:</strong> From a truck, on his Samsung smartphone</li>
			</ul>
			<h2>Interaction Flow</h2>
			<h4>Signing up for application</h4>
			<p>The admin/owner of the company account types in the email of the person who should get a worker account. That triggers an email that goes out to the worker. When the worker clicks the link in the email, they land on a unique signup page with their email already pre-filled. Next they enter their name, their password twice, and a phone number to set up the worker account. After they submit everything, they will get an email asking them to confirm that the account was created.</p>
			<h4>Using the application</h4>
			<p>the worker presses the </p>
			<hr>

			<h2>Persona, for someone who plans to eat at a food truck in the future.</h2>
			<p>Name:  Hank R. Ing</p>
			<p>Age:  31</p>
			<p>Profession:  Hank teaches history at NMSU.</p>
			<p>Technology:  Hank always has his Samsung smart phone on him.  At home, he works on a Lenovo laptop running Ubuntu.  His home internet is just quick enough to stream films, but it is far from fast.</p>
			<p>Attitudes and behaviors:  Hank dislikes cooking.  He enjoys eating at restaurants and food trucks, for the food as well as the lively social scene.  Hank has loved food truck meals at music festivals before, but he has never tried a food truck in Las Cruces.</p>
			<p>Frustrations and needs:  Hank not only hates cooking, his apartment also has a very small kitchen, too cramped for making anything other than coffee.  Hank has some favorite restaurants in Las Cruces, but he is eager to try new places and hopes to discover some good food trucks in the city.  To locate food trucks, he could just search Bing for "food trucks Las Cruces", but he would then need to dig through every food truck's site to learn what kind of food they sell, and to track down their schedule of days, hours and spots.</p>
			<p>Goals:  Hank is heading out with friends this Friday night.  They intend to meet downtown at about 7 pm and find a late meal.  Hank expects there will be food trucks downtown on a Friday night, and he wants to know where the trucks will be parked that evening.  On Friday afternoon, Hank plans to check on his laptop which trucks will be in downtown Las Cruces that night, exactly where they will park, and what food they will offer.</p>
