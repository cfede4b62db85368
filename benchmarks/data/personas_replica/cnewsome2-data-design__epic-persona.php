<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="utf-8"/>
	<title>persona</title>
	<img src="seniorplanting.jpg" alt="Marjorie Planting" id="Marjorie Planting">
</head>
<body>
<h1>Persona</h1>
<h3>growersnook.com</h3>
<div>
<li>Name: Marjorie</li>
	<li>Age: 67</li>
	<li>Technology: Marjorie works on an HP desktop machine running Windows 11. She also carries an iphone 12. </li>
	<li>Profession: Left a rewarding career a couple of months back, and is now keen to begin gardening.</li>
	<li>Goes on a computer now and then, but is no expert and would rather have a simple layout to move around.</li>
	<li>Her eyesight has weakened somewhat over the years. Big icons would help her a lot.</li>
	<li>Hopes to purchase garden tools online without any fuss or delay.</li>
	<li>Likes fruit and vegetables grown organically. Her top pick is the tomato.</li>
	<li>She puts great weight on what others think of an item, so plenty of reviews matter to her.</li>

</div>
</body>
</html>