<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset="UTF-8" />
		<meta name="author" content="Skye Brannigan" />
		<meta name="description" content="Milestone 1: Project Overview" />
		<title>Overview</title>
		<link rel="stylesheet" type="text/css" href="style.css" />
	</head>
	<body>
		<header>
			<h1>Project Overview</h1>
				<p>Personal Website Project</p>
		</header>
	<div class="container">
		<h2>Purpose</h2>
			<p>The website is meant to act as an online calling card, holding a collection of the software work I have built, and offering a tidy, businesslike front that draws in prospective customers.</p>
		<h2>Audience</h2>
			<p>Its expected visitors are owners of small firms and heads of marketing who are hoping to build a new and current presence on the web.</p>
		<h2>Goal</h2>
			<p>The site is designed to make clear to every visitor just how good my work is, so as to persuade him or her to take me on in support of the wider aims of their company.</p>
		<h2>Persona</h2>
			<h4>Name</h4>
				<p>Jennifer Hoffmann</p>
			<h4>Age</h4>
				<p>44</p>
			<h4>Occupation</h4>
				<p>Marketing Vice-President at Whitaker Ford, a long established and well regarded local seller of new and used cars and trucks. Jennifer wants to bring on a web developer to build a fresh, phone-ready website in place of Whitaker's existing one, which has been patched piece by piece since it was last overhauled in 2009.</p>
			<h4>Technology Experience</h4>
				<p>Jennifer uses every part of the Google Workspace tools skillfully each day, among them Slides, Sheets, Docs, and Gmail. At work, she sits at a two-year-old Dell all-in-one machine fitted with a 24-inch display. Jennifer also carries a recent-model 15" Lenovo ThinkPad laptop and a Google Pixel 3 phone. On every device the browser she favors is Chrome.</p>
			<h4>Attitudes and Work Behaviors</h4>
				<p>Jennifer has a packed calendar, balancing a long list of duties as the leader of marketing at a regional firm with a multi-million turnover. She is screening a few dozen developers, and must be able to confirm fast that a candidate for the role has the skills needed to build a striking, appealing and seamlessly working site for the people who buy from her.</p>
			<h4>Frustrations</h4>
				<p>Jennifer wants one person to carry out a sweeping, start-to-finish rebuild of her employer's web presence. That demands the developer's full dedication to the work for a long stretch of as much as eight weeks, plus considerable help after launch. She has looked into two rather bigger web agencies nearby, and doubts that they could give the sort of individual care that she and Whitaker need for this effort. Jennifer must also finish hiring and get the work started before this month is out.</p>
			<h4>Goals</h4>
				<p>Jennifer hopes to trim her pool of applicants to the top three before close of business, so that she can put these picks before the owner of the dealership at 8:45 the next morning. She has only two free hours this afternoon during which to look through the sites of 28 separate developers. As a result Jennifer will give each site and portfolio no more than roughly four minutes of her time.</p>
		<h2>Use Case</h2>
			<p>Jennifer has put together a roster of possible contractors from a Bing search for local web developers. It is 2 P.M. on a Wednesday, and her shortlist must be done by 4:30 so she can get out of the office in time to collect her four-year-old from preschool. Jennifer has had a draining, tense week of preparing two separate trade fair booths, haggling over ad deals, and now the urgent matter of the company's outdated website. She has almost no energy left and even less tolerance for any trouble in loading and moving around candidates' sites, and quite likes Ctrl-W'ing any that annoy her by now. To hold her interest, a site has to look bold and feel pleasant to navigate.</p>
	</div>	
	</body>
</html>