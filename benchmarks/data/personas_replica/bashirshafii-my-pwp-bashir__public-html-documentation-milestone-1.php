<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Mile Stone 1</title>
</head>



<body>
	<h2>Purpose, Audience & Goal </h2>
	<p><strong>Purpose: </strong>This businesslike showcase presents my know-how in the role of a Web Developer who is
		at ease with current Web languages and libraries. </p>
	<p><strong>Audience:</strong> Those I mainly hope to reach with this site are  owners of small firms and non-profit directors in
		the Dallas/Fort Worth region whose groups have a weak or absent online footprint. The second audience will be people who recruit,
		tech talent scouts and other web coders.</p>
	<p><strong>Goal:</strong> My aim is to display what I can do as a Web Developer and win customers
	who want sites built for their non-profits and small firms. </p>

	<h2>Persona</h2>
	<p><strong>Name:</strong>Ibrahim Hassan</p>
	<p><strong>Age:</strong>51</p>
	<p><strong>Profession:</strong> Creator of a little non-profit, former corporate manager</p>
	<p><strong>Technology:</strong>Hassan feels quite at home with tech. He owns both Windows and Android gadgets
	. </p>
	<p><strong>Attitude and Behavior:</strong>Hassan grasps how strong tech can be and hopes to put it to use to
	get his young non-profit up and running. He sees that promoting his non-profit and gathering donations will be simpler 
	with a handsome site online. </p>
	<p><strong>Needs and Frustrations:</strong>Hassan has contacted several foundations and companies asking for grants for this non-profit, 
	. Every one of them requests his web address in order to learn about his purpose and aims. He does not have a site. He has approached several software 
	firms in Dallas, yet they either cost far too much or are too occupied serving large business accounts. </p>
	<p><strong>Goals:</strong>A plain static site that includes an enquiry form</p>
	<p><strong>User Story:</strong>In my role as founder of a non-profit, I want to build a site that lays out our aims, purpose and vision,
	in order to draw in donors and helpers. </p>

<?php



?>
</body>
</html>