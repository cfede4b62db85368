<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="UTF-8" />
	<title>Persona</title>
</head>
<body>
<h1>Persona: Marcus Whitfield; COVID 19 app user</h1>
<h2>Demographics</h2>
<ul>
	<li>Age: 38yrs old</li>
	<li>location: Los Lunas, New Mexico</li>
	<li>ofession: Backend Engineer</li>
</ul>

<h2>Goals</h2>
<p>To keep up with how fast COVID 19 is spreading in the area where he lives.</p>
<h2>Technology</h2>
<ul>
	<li>Phone: Iphone 12</li>
	<li>laptop: Lenovo intel core i7</li>
	<li>OS: Windows 11</li>
	<li>Internet: Expert</li>
</ul>

<h2>Frustrations</h2>
<p>Can't find precise, reliable figures for his own county on the dif websites.</p>

<h1>User Story</h1>
<p>Being a Valencia county resident in New Mexico who worries about public health,
	I'd like to see how many people near me are catching the corona virus right now.</p>

<h1>Use Case Interaction Flow</h1>
<p>Title: Looking up COVID 19 figures and finding help nearby. </p>

	<p>Description: Marcus wants the latest news on the corona virus and also needs a few basic supplies.</p>

	<p>Name of the user and his role: Marcus, a 38 yaers old backend software engineer. He has a 6yrs old daughter and
		shares a home with his wife, their child and his mother.</p>

	<p>Usage Pre-conditions: The COVID 19 app must be installed on his phone and his account created. He needs a working internet connection.</p>

	<p>Interaction Flow:
	-Marcus launches the COVID 19 app from his phone and taps the search field.
	-He enters "current cases and deaths across New Mexico", then hits "enter".
	-the server recieves the query and returns the results.
	-Marcus reads through the results and closes the app.</p>

</body>
</html>