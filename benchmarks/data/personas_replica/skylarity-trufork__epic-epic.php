<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/html">

		<meta charset="UTF-8">

		<!-- Tint the top bar on Android -->
		<meta name="theme-color" content="#D17B49">

		<!-- CSS -->
		<link rel="stylesheet" type="text/css" href="../css/epic.css">

		<!-- Font Awesome -->
		<link rel="stylesheet" href="//maxcdn.bootstrapcdn.com/font-awesome/4.3.0/css/font-awesome.min.css">

		<!-- Google Fonts -->
		<link
			href="https://fonts.googleapis.com/css?family=Roboto:400,300,300italic,400italic,500,500italic,700,700italic,100,100italic|Roboto+Condensed:300italic,400italic,700italic,400,300,700"
			rel="stylesheet" type="text/css">

		<!-- crude favicon made with GIMP -->
		<link type="image/ico" href="../favicon.ico" rel="shortcut icon"/>

		<title>Epic: Documentation</title>
	</0>
	<body class="global">

		<!-- Epic documentation -->
		<header class="title">
			<h1 class="container">
				<img class="logo" src="../images/spoon-blue.svg" alt="SafeSpoon Logo"> <em class="color-blue">SafeSpoon</em>
				Documentation: <span class="thin-title">Epic</span>
			</h1>
		</header>

		<!-- System Goals -->
		<div class="full-width padding-top-50">
			<div class="container">
				<h2 class="thin"><i class="fa fa-check-square-o"></i> System Goals:</h2>

				<p>
					The main aim of this project is to give people a simple means of locating a tasty,
					<em>hygienic</em>
					spot to dine.
				</p>

				<p>
					A second aim is letting restaurant proprietors convert their kitchen's spotless hygiene record into
					a
					sellable feature.
				</p>

				<div class="hr"></div>
			</div>
		</div>

		<!-- Personas - K -->
		<div class="full-width">
			<div class="container">
				<h2 class="thin"><i class="fa fa-male"></i> Personas:</h2>

				<p>
					<em>Tammy, Team Mom</em>
					<br/>
					<em>Age:</em> 34<br/>

					<em>Occupation:</em>
					Tammy is an accountant at a big bookkeeping firm. Those she serves range from small companies
					to people holding trust funds bigger than the full spending plan for Tucson's city school meal
					service.<br/>
					<br/>

					<em>Tech:</em> Tammy owns an Android phone and a notebook. She mostly keeps in touch with relatives
					via Facebook chat.
					She goes online by way of her mobile.<br/>
					<br/>

					<em>Needs and Frustrations:</em>
					The family is working middle class. Tammy would like a simple method of picking out a restaurant to
					feed the household. She is worried about quality, distance, cost, how popular it is and sanitation. She
					checks on social
					media sites each day and trusts what other people think. Tammy and her household dine out every
					other weekend.
					She was once sickened by food at an eatery whose rating had been cut and now wants clearance from
					health inspectors.<br/>
					<br/>

					<em>Goal:</em> She opens SAFEspoon in a browser and chooses on the basis of the main figures
					supplied by
					SAFEspoon. That way she's sure of the finest quality, value and setting for what she spends.<br/>
					<br/>

					<em>Russell Dawes</em>
					<br/>
					<em>Age:</em> 37<br/>
					<em>Profession:</em> An attorney famed for criminal defense work throughout Pima county who is also a
					lead partner at RKDL law offices.<br/>
					<br/>

					<em>Tech:</em> Russell goes online with his Galaxy Note 5 and is handy with every single Samsung gadget
					that Seoul invents. He has a Gear watch on each wrist.<br/>
					<br/>

					<em>Needs and Frustrations:</em> Russell puts in upwards of 55 hours weekly and is well liked across
					the town. He counts more than 4,000 Instagram followers and posts stories every waking hour.<br/>
					<br/>

					<em>Goals:</em> Russell is a food lover who likes dining at acclaimed places in central
					Tucson.
					He mostly eats organic and gets his groceries at Sprouts. He hopes to win over his date with
					an inspection pass from the city! He can point out to her that this place not only earned
					a five star score but also cleared the Tucson City Inspection. Russell hopes to locate a five
					star
					eatery, one that the City has now cleared.<br/>
					<br/>

					<em>Carla Rhodes</em><br/>
					<em>Age:</em> 23<br/>
					<em>Profession:</em> Carla just finished at the University of Arizona, where she took a degree in
					computing studies.
					Carla is job hunting right now while building a site that lets people take on-line classes
					in artistic subjects,
					bookkeeping and top tier child minding.<br/>
					<br/>

					<em>Technology:</em> Carla is highly tech literate. She is fluent in C++, Python, CSS, LAMP stack,
					and wrote her own operating system named CARLIX. She sits on the advisory council of the hacker
					crew Null Sector.<br/>
					<br/>

					<em>Attitudes and Behaviors:</em> Ms. Rhodes loves all things digital. She goes to weekly coder
					meetup
					nights.
					She has an enormous Twitter following and adores hairless cats.<br/>
					<br/>

					<em>Frustration and needs:</em>
					Carla needs to locate a cheap spot to grab some food and share a few drinks with her buddies.
					The place has to be certified sanitary and clear every inspection.
					<br/>

					<em>Goals:</em> She hopes to find a superb, sanitary spot to dine.
				</p>


				<div class="hr"></div>
			</div>
		</div>
