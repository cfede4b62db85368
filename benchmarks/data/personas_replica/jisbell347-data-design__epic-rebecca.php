<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset="UTF-8" />
		<title>Persona of Deborah</title>
		<link rel="stylesheet" type="text/css" href="css/styles.css"/>
	</head>
	<body>
		<h1>Deborah Hayes</h1>
		<div class="pic">
			<img src="deborah.jpg" alt="Photo of Deborah Hayes" width="200px" height="auto"/>
		</div>
		<div>
			<h2>Persona</h2>
				<p><span class="bold">Name:</span>Deborah Hayes</p>
				<p><span class="bold">Gender:</span>Female</p>
				<p><span class="bold">Age:</span>44</p>
				<p><span class="bold">Marital Status:</span>Wed w/children</p>
				<p><span class="bold">Profession:</span>Homemaking Parent</p>
		</div>
		<div>
			<h2>Attitude</h2>
			<p>Deborah is a stay-at-home mother who likes to read in her free time. She adores books yet is frequently unsure which titles to pick when selecting her next one. She welcomes ideas and is glad of assistance in deciding. She would also like a way to discover solid picks for kids' books now that her own children have only just begun to read</p>
		</div>
		<div>
			<h2>Needs</h2>
			<ul>
				<li>Would like to pick titles according to genre</li>
				<li>Would like to view titles that match her interests</li>
				<li>Would like to read and write remarks about titles</li>
			</ul>
		</div>
		<div>
			<h2>Frustrations</h2>
			<ul>
				<li>Dislikes clicking through page after page just to locate the title she has in mind</li>
				<li>Dislikes being shown titles outside the genre she enjoys</li>
			</ul>
		</div>
		<div>
			<h2>Technology</h2>
				<ul>
					<li><span class="bold">Comfort level:</span>Moderate.</li>
						<ul>
						<li>She is fairly at ease on websites but tends to get lost whenever a site has too many pages to go clicking through</li>
						</ul>
					<li>Has a Pixel 2 on Android 8 with a 1920x1080px panel.</li>
						<ul>
							<li>Prefers to replace her phone only when she truly must.</li>
						</ul>
					<li>Also has a Dell XPS 13.3 inch display notebook with an i5 chip</li>
						<ul>
							<li>She usually surfs the internet on her notebook rather than her phone.</li>
						</ul>
				</ul>
		</div>
		<div>
			<button class="btn">
				<a href="./index.php">Back to Home</a>
			</button>
		</div>
	</body>
</html>