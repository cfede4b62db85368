<!DOCTYPE html>
<html>
	<head>
		<meta charset="utf-8">
		<title>Persona</title>
	</head>
	<body>
		<h1>
			PERSONA
		</h1>
		<main>
			<h2>Kenny Bellwether/22 years old</h2>
			<h3>Occupation:</h3>
			<p>Undergrad/poker whiz at a large university in the Midwest. He's a gifted mathematician, known across campus as a tireless grinder at the card table, both in online play and in private house games you only join by invitation. He's already earning more than most seasoned professionals ever will.</p>
			<h3>Technology:</h3>
			<p>Runs Windows on several computers so that he can sit at many online poker tables at the same time. He has a big following as a social media influencer and uses his Google Pixel 3 to publish reviews and promote the products he relies on.</p>
			<h3>Attitudes and Behaviors:</h3>
			<p>Kenny spends 4 hours a day in lectures, and outside them he's studying, playing poker, or both at once (as I said, he's a phenom). He doesn't post on social media all the time, but whenever he does, a keen audience backs him and copies his tastes and habits. On top of what he's winning at the tables, he earns affiliate income promoting some poker merchandise, such as branded caps, tees, and chip sets.</p>
			<h3>Frustrations and Needs</h3>
			<p>In the past Kenny has bought from several e-commerce stores that were never built to work well on a phone. The reason is that whenever he favorites an item he uses, he has to switch to his PC whenever he wants those favorites to go out to the followers on his social channels at the same moment. He's obviously who lives by the saying: time is money, and being unable to handle all of this on his Google Pixel 3 is really wearing his patience thin.</p>

		</main>
	</body>
</html>