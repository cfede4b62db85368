<!DOCTYPE html>
<html>
	<head>

		<meta charset="UTF-8"/>

		<title>Persona</title>

	</head>

	<body>

		<header>

			<h1>Persona:</h1>

		</header>

		<p>Name: Dale "I'm in it for the long haul" Parker</p>
		<p>Quote: "This cab feels like a second house to me"</p>
		<p>Job: Cross-Country Semi Driver</p>
		<p>Age: 58 years old</p>
		<p>Education: technical college</p>
		<p>Technology used: mobile phone and notebooks</p>
		<p>Frustrations:
			<ul>
				<li>unreliable web signal (depends on his location)</li>
				<li>downloads run very slowly</li>
				<li>uncertain an order went through</li>
				<li>support staff who are unhelpful</li>
		</ul>
		</p>
		p>Needs:
			<ul>
				<li>cosmetic accessories</li>
				<li>replacement components</li>
				<li>shipping by the next morning</li>
			</ul>
		</p>

	</body>