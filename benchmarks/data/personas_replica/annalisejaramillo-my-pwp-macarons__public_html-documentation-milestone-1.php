<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<title>Milestone 1</title>
	</head>
	<body>
		<div>
			<h1>PWP Milestone 1 Documentation</h1>
		</div>
		<br>
		<div>
			<h2>Purpose, Audience, Goal</h2>
			<br>
			<h3>Purpose</h3>
			<p>This site is meant to act as the online storefront of &quot;T is for Tartlet&quot;.</p>
			<br>
			<h3>Audience</h3>
			<p>The site is built around the customer, and it aims at people who work in the events trade and </p>
			<p>people who are marking a special day. the intended visitors will include, bridal coordinators, event organizers, pastry fans</p>
			<br>
			<h3>Goal</h3>
			<p>The main aim of the site is to display the pastries &quot;T is for Tartlet&quot; bakes and to grow </p>
			<p> its revenue. the second aim is to present my skills as someone who builds websites.</p>
		</div>
		<br>
		<div>
			<h2>Persona</h2>
			<h3>Holly Hostess</h3>
			<p>Age: 33</p>
			<p>Work: Legal Secretary</p>
			<p>Income: 48,000 </p>
			<p>Relationship Status: newly engaged</p>
			<br>
			<img src="holly-hostess.jpg" alt="Holly Hostess">
			<br>
			<h4>Likes</h4>

			<div>
				<ul>
					<li>Stylish espresso bars</li>
					<li>getting others to try novelties</li>
					<li>Good design</li>
					<li>Designer handbags</li>
					<li>Style trends</li>
					<li>Gel manicures</li>
					<li>Sheet masks</li>
					<li>Tidy planning</li>
				</ul>
			</div>

			<h4>Dislikes</h4>
			<div>
				<ul>
					<li>Gaudy things</li>
					<li>Low quality</li>
					<li>Sloppy workmanship</li>
					<li>Thoughtless people</li>
					<li>Smorgasbords</li>
					<li>Bacteria</li>
					<li>Grime</li>
					<li>Animal fur</li>
				</ul>
			</div>

			<br>
			<h4>Technology</h4>
			<p>Owns the latest iPhone</p>
			<p>MacBook Air notebook</p>
			<p>Smartwatch</p>
			<p>TikTok</p>
			<p>Facebook</p>
			<p>Snapchat</p>
			<br>
			<h4>Attitudes and Behaviors</h4>
			<p>She&apos;s forever offering to organize celebrations for relatives and friends. Never has enough time since she takes on too much. </p>
			<p>She is willing to pay more for higher quality or for work done properly. Is on TikTok constantly, to share </p>
			<p>the decor and dishes from gatherings she hosts. </p>
			<br>
			<h4>Frustrations and Needs</h4>
			<p>Holly has to find a sweet for her event, she is after something distinctive and classy. She would also like to deal with</p>
			<p>a person who quickly grasps what she wants. She detests explaining herself again and again but expects </p>
			<p>her order to be made perfectly.</p>
			<br>
			<h4>Goal</h4>
			<p>Holly&apos;s sole aim is to locate a tartlet bakery that lives up to her expectations. she wants things to look </p>
			<p>beautiful and fashionable and she&apos;s seeking that in the brand image as much as in the goods.</p>
			<br>
			<h4>User Story</h4>
			<p>As a user I would like to tell fast whether this is the sweet treat I need for my event</p>
		</div>
	</body>
</html>