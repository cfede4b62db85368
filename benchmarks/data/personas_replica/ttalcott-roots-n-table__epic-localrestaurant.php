<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/html">
	<head>
		<meta charset="UTF-8"/>
		<title> Local Rest </title>
	</head>
	<body>
		<h1>Local Restaurant Owner </h1>
		<h2>Persona</h2>
		<p><strong>Name:</strong>Rafael Ortega </p>
		<p><strong>Age: </strong> 31 </p>
		<p><strong>Occupation: </strong> Rafael is someone who has loved great cooking all his life. That passion pushed him
			to open a modest venture in the restaurant trade. His place opened its doors 4 years ago and from then on,
			it has been growing quickly. From day one Rafael chose to cook with nothing but the finest produce for
			his dishes, and that is the chief reason why diners comes to his restaurant. Much of his private and working
			life runs on technology, he owns a fast Dell XPS laptop with Windows "Anniversary Update" and a Galaxy S6 with Android
			6.0.1 operative platform.</p>
		<p><strong>Attitudes and Behaviors: </strong> Rafael treats his restaurant with great care and wants a hand
			in every step of the work. He keeps an eye on it all, specially where his ingredient supply line is
			concerned. Still, over the years he has formed solid, trusted bonds with the people who supply him, so he
			doesn't need to spend many hours checking how good the ingredients are. </p>
		<p><strong> Needs and Frustrations: </strong>Rafael is always on the hunt for produce, meat and dairy
			suppliers who can keep his kitchen stocked, but recently, he's seeing an increment in the volume of his
			service and his usual suppliers can no longer keep up with his orders. So, he has to track down new sources
			for those ingredients, and all at once he has fewer hours left to search for them. Right now, so as
			to keep his guests happy he had traded away quality in return for supply. At present he has to drive
			to ordinary supermarkets (Sprouts, Trader Joe's, Sam's Club) just to cover the shortfall; he is repulsed
			by this approach, but it lets him manange each day of service.</p>
		<p><strong> Goal: </strong> For now, Rafael has to obtain larger quantities of the premium produce and meat
			he cooks with and to get them while spending less time on it. </p>
		<h2>Use Case</h2>
		<p>Rafael needs some way to make his everyday operations run more efficiently. Something that lets him reach
			produce and meat sellers, and it shouldn't eat up hours. A tool that shows him enough, fast enough, about
			each item so that he can judge well whether to buy it. Lastly, he wants to build long
			term, trusting ties with the suppliers he adds. Rafael gives free wi-fi to his diners and that
			means his connection is dependable and quick. On top of that he owns a fast Dell XPS laptop with Windows
			(1607) "Anniversary Update" and a Galaxy S6 with Android 6.0.1 operative platform.</p>
		<h2>Interaction Flow</h2>
		<ol>
			<li>Rafael opens the fields n' fork website.</li>
			<li>Rafael browses the front page and follows the link for the featured growers.</li>
			<li>Rafael reviews what that grower has for sale and picks the goods he wishes to purchase from them.</li>
			<li>Rafael puts those goods in his cart and moves on to pay</li>
			<li>Rafael types in his card details and finish the order.</li>
			<li>Rafael will either go on browsing the fields n' fork website or end the session.</li>
		</ol>
	</body>
</html>