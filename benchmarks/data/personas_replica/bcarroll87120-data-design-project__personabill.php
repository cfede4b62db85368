<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset="UTF-8">
		<title>Data Design Project</title>
	</head>
	<body>
		<h1>Data Design Project</h1>
		<h2>User Persona</h2>
		<img src="persona-gary-fowler.jpg" alt="Gary">
			<ul>
				<li><strong>Name: </strong>Gary Fowler</li>
				<li><strong>Age Range: </strong>early forties</li>
				<li><strong>Gender: </strong>Male</li>
				<li><strong>Ethnicity: </strong>White</li>
				<li><strong>Occupation: </strong>Network Administrator</li>
				<li><strong>Technology: </strong>
					<ul>
						<li>Lenovo laptop (Windows 11)</li>
						<li>Galaxy S8</li>
						<li>Mozilla Firefox</li>
					</ul>
				</li>
				<li><strong>Personality: </strong>
					<ul>
						<li>Formal and serious about work</li>
						<li>Has a wife and three small kids</li>
						<li>Mostly quiet; keeps to himself. Rarely switches off from the job</li>
						<li><strong>Goals for using website:</strong></li>
					</ul>
					<ul>
						<li>Open the news stories and read them</li>
						<li>To pass those stories on</li>
						<li>To browse the particular subjects of interests</li>
						<li>To give the site a little money anualy</li>
					</ul>
				<li><strong>User Frustrations: </strong></li>
					<ul>
						<li>Ads that pop up over the page</li>
						<li>No button on the phone version for posting stories to Tumblr</li>
						<li>Humankind gradually going downhill</li>
					</ul>
		<h2>User Story:</h2>
			<p>Gary wants to open news stories and read them through. Every now and then he opens
			the profile page of a reporter to find more of their writing. Once in a while he also posts
			stories to social networks such as Instagram or Mastodon.</p>
		<h2><a href="use-case.php">Use Case</a></h2>
		<h2><a href="conceptual-model.php">Conceptual Model</a></h2>
	</body>
</html>