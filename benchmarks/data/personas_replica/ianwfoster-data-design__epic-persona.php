<!doctype html>
<html lang="en">
<head>
	<meta charset="UTF-8">

	<title>Persona</title>
	<link rel="stylesheet" href="style.css">
</head>
<body>

<h1>PERSONA</h1>
<ol>
	<li>Tessa owns her Salon with great pride.</li>
	<li>She is a sociable woman who is rarely seen without a warm grin.</li>
	<li>Now and then clients call off their visits and leave Tessa with idle hours, which annoys her.</li>
	<li>She posts on instagram a lot, and enjoys sharing photos of the cuts and colors her clients got.</li>
	<li>She paid for a website and hopes to get much more from it.</li>
	<li>In her spare time she likes baking and painting.</li>
</ol>
<img src="GlowUp.jpg" alt="pic of Glowup website">
<a href="index.php">Back Home</a>
</body>
</html>