<!DOCTYPE html>
<html lan="en">
	<head>
		<meta charset="UTF-8">
		<title>DATA DESIGN PROJECT</title>
	</head>

	<body>
		<h1>DATA DESIGN PROJECT</h1>
		<h2>	USER PERSONA:</h2>
		<img src="aws.jpeg" alt="error" height="400" width="500">
	<ul>
		<li><strong>Name:</strong> Andre Wong Sang</li>
		<li><strong>Age:</strong> 31</li>
		<li><strong>Gender:</strong> Male</li>
		<li><strong>Occupation:</strong> Archivist</li>
		<li><strong>Technology:</strong> <em>Phone:</em> Galaxy S8</li>
		<li><strong>Technical Proficiency:</strong> 6</li>
		<li><strong>Attitude:</strong> Andre trains in jiu jitsu and likes to turn up to every class in the newest gi.</li>
		<li><strong>Wants:</strong> Andre shops on kimonokraft.com since he is after the most recent and toughest gi on the market.</li>
		<li><strong>Dislikes/Frustrations:</strong>
			<ul>
				<li>Irked that a new gi's stock goes so fast.</li>
				<li>Grows irritated when the site falls over during early releases.</li>
			</ul>
		</li>

	<a href="user-story.php">User Story</a>
		<a href="use-case.php">Use Case</a>
		<a href="conceptual-model.php">ERD</a>
	</body>
</html>

