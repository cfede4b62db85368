<!DOCTYPE html>
<html>
	<head>
		<meta charset="utf-8">

		<title>Persona</title>
	</head>
	<body>
		<header>
			<h1>Persona</h1>
		</header>
		<main>
			<h2>Persona A</h2>
			<p><strong>Name:</strong>Gwen<br><strong>Age:</strong>52</p>
			<p><strong>Profession:</strong>Payroll Specialist for Marriott</p>
			<p><strong>Technology:</strong>Windows laptop and Galaxy S8</p>
			<p><strong>Attitudes and Behaviors:</strong>Very nervous and watchful around her small terrier. Large malamutes scare her and she keeps her dog well clear of them.</p>
			<p><strong>Frustrations and Needs:</strong>Gwen needs to find out which breeds usually turn up at the off-leash parks on her list. She gets annoyed when she reaches a park and has to hang around outside the gate until particular dogs go home, because certain breeds frighten her.</p>
			<p><strong>Goals:</strong>Gwen wants to get out more with her terrier, get to know other owners, and have park visits feel calmer and less stressful.</p>
			<h2>Persona B</h2>
			<p><strong>Name:</strong>Keisha<br><strong>Age:</strong>29</p>
			<p><strong>Profession:</strong>Social Media Coordinator for Zillow</p>
			<p><strong>Technology:</strong>2017 MacBook Air and iPhone 7</p>
			<p><strong>Attitudes and Behaviors:</strong>Keisha takes her beagle Biscuit out to neighborhood parks two times a day. Each morning before her shift they loop a park around the corner, and each evening after work they drive to a bigger one across town. Saturdays and Sundays, they go trail running.</p>
			<p><strong>Frustrations and Needs:</strong>Keisha relocated to the Denver area roughly fourteen months ago, and most of the local parks are still unknown to her. She wants several parks she can trust to be safe, and she would also like to get to know fellow dog people nearby.</p>
			<p><strong>Goals:</strong>Keisha hopes to befriend a handful of dog fans and grow a circle of people who exercise alongside their dogs at the park, as a group.</p>
		</main>
	</body>
</html>
