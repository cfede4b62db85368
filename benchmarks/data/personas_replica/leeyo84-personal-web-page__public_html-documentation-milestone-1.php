<!doctype html>
<html lang="en">
<head>
	<meta charset="UTF-8">
	<title>Milestone One</title>
	<link rel="stylesheet" href="../styles/style.css">
</head>

<body>
	<div>
		<h2>My Personal Webpage</h2>
		<h4>Purpose</h4>
			<p>The project is a professional portfolio site that shows off my Web Development Skills.</p>
		<h4>Audience</h4>
			<p> The site is aimed at people who do the hiring in the Tech sector.</p>
		<h4>Goal</h4>
			<p>Above all, the site should give visitors a simple way to reach me directly about possible collaborations. </p>
			<p>Next, I want to market myself and let the visitor find out more about what drives me and what I
				can bring.</p>
	</div>

	<div>
		<h2>Persona</h2>
		<img src="images/marisol38.jpg" alt="marisol">
		<h3>Marisol</h3>
		<h4>age:38</h4>
			<p><strong>Profession:</strong> Start-up founder working to improve her local community, seeking a Front-End Developer.<br>
				The company runs outreach and provides resources for women who want to learn coding and build better prospects.</p>

			<p><strong>Tech:</strong> Pixel phone for both work and home. A pair of big screens at the office, and HP laptop at home.<br>
				relies on the cloud to move smoothly between her office, home, and travel.</p>

			<p><strong>Attitudes and Behaviors:</strong> Always rushed, back-to-back meetings, little free time at weekends because of outreach and networking.<br>
				Doesn't want to spend long looking into possible new hires; wants details laid out plainly and briefly so the point lands with little effort from her. <br>
				Wants to reach information that displays on every device she owns and is simple to move around.</p>

			<p><strong>Frustrations and Needs:</strong> Marisol needs someone who works with minimal direction and can be relied on. <br>
				She has no time to trian a new person one to one but will back the right candidate. <br>
				As the start-up is still young, though settled, she's willing to take on someone with a Bootcamp certificate to keep costs down.</p>

			<p><strong>Goals:</strong> Marisol must hire someone who understands her aim, thats eager to help her do well.</p>

			<p><strong>User Story:</strong> As a visitor, I must be able to check a possible candidates skills fast and get in touch with ease.</p>


	</div>

</body>
</html>