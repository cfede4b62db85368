<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="UTF8">
	<title>Milestone 1</title>
</head>
<body>
<h1 id="pageTitle" class="title">Milestone 1: Personal Web Page</h1>

<div id="purposeAudienceGoalSection">
	<h3 id="purposeAudienceGoalTitle" class="title">Purpose, Audience, Goal</h3>

	<div id="purpose">
		<h5 id="purposeTitle" class="title">Purpose</h5>
		<p id="purposeDescription" class="description">Building my PWP will strengthen my portfolio and let me rehearse, sharpen, and demonstrate my skills in web development.</p>
	</div>

	<div id="audience">
		<h5 id="audienceTitle" class="title">Audience</h5>
		<p id="audienceDescription" class="description">The site's visitors will be area builders and property owners, above all Greg Baird of Baird Construction. I also mean it for any future employers of mine who might look at the site.</p>
	</div>

	<div id="goal">
		<h5 id="goalTitle" class="title">Goal</h5>
		<p id="goalDescription" class="description">I aim to strengthen how Tillman Plumbing and Heating appears on the web and to present my own work.</p>
	</div>

</div>

	<div id="persona">
		<h3 id="personaTitle" class="title">Persona: Greg Baird</h3>

		<div id="personaBackground">
			<h5 id="personaBackgroundTitle" class="title">Personal Background</h5>
			<p id="personaBackgroundDescription" class="description">Greg Nolan is a white man of fifty eight who presently
				lives on the east side of Las Cruces. Greg Nolan started Nolan Construction in March 1992
				at the age of 27 together with his old roommate Tom Reese. The two remain owners of Nolan Construction. Before that, he spent
				two years on a cattle ranch in Dulce, New Mexico. He holds a BA in Painting and Architecture History from Tulane University. He
				has just been asked to bid on a job bigger than nearly any he has taken on up to now and is currently
				choosing which subcontractors to ask for bids to bring to his building company.</p>
		</div>

		<div id="personaTechnology">
			<h5 id="personaTechnologyTitle" class="title">Technology</h5>
			<p id="personaTechnologyDescription" class="description">Greg works with a split keyboard, a mouse and a pair of screens on his HP Spectre with Windows 11 Home. He browses the internet with an up to date copy of Microsoft Edge.</p>
		</div>

		<div id="personaAttitudes">
			<h5 id="personaAttitudesTitle" class="title">Attitudes and Behaviors</h5>
			<p id="personaAttitudesDescription" class="description">Greg is a brief, demanding professional. He wants the firms he hires to act just as he does. He values things that work well and tidy layouts free of clutter.</p>
		</div>

		<div id="personaFrustrations">
			<h5 id="personaFrustrationsTitle" class="title">Frustrations and Needs</h5>
			<p id="personaFrustrationsDescription" class="description">In the past Greg has hired subcontractors who could not finish big jobs by their deadlines. He needs plenty of capable firms to request bids from so that he has lots of options to choose among.</p>
		</div>

		<div id="personaGoals">
			<h5 id="personaGoalsTitle" class="title">Goals</h5>
			<p id="personaGoalsDescription" class="description">He hopes to locate a firm able to take on big jobs that will deliver the most dependable work at the smallest price.</p>
		</div>

		<div id="personaStory">
			<h5 id="personaStoryTitle" class="title">User Story</h5>
			<p id="personaStoryDescription" class="description">Being a General Contractor, I have to locate subcontractors who are affordable, dependable, and seasoned to ask to bid on a building job.</p>
		</div>

		<!--<p id="personaDescription" class="description">Greg Baird: Greg Nolan is a white man of fifty eight who presently
			lives on the east side of Las Cruces, New Mexico just off Roadrunner Ct. Greg Baird started Nolan Construction in March 1992
			at the age of 27 together with his old roommate Tom Reese. The two remain owners of Baird Construction. Before that, he spent
			two years on a cattle ranch in Dulce New Mexico. He holds a BA in Painting and Architecture History from Tulane University. His
			father was a well known judge in Las Cruces and a hall at New Mexico State University carries his name. Greg is
			a stern, overworked man who writes very short emails and letters. He likes playing drums.<br>
			Greg works on windows and would probably open the site in Edge or Firefox on his office computer. He would
			probably check the site before asking Tillman Plumbing and Heating for a quote on a job for Baird Construction to find out if
			they have handled jobs of comparable size before. He might have had trouble before with subcontractors who could
			not get big projects done in time. The aim of the site is to give him a clear sense of how large and how varied the
			work of Tillman Plumbing and Heating has been, together with some testimonials praising the professional conduct and
			punctuality of Tillman Plumbing and Heating.</p>
	</div>-->

	<div id="personaPicture" class="photo">
		<img src="https://img.photohost.net/dms/image/K2291BXR7mTaP4vd8sQ/headshot-staffphoto-crop_200_200/0?e=1581292800&v=beta&t=Qz8pLw3NbV6tR1yHk5Jm2XcD9fG7sA4uE_kw0TyZ3qN" alt="Photo of Greg Baird">
	</div>

</body>
</html>
