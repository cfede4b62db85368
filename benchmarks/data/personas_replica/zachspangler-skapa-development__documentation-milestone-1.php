<!DOCTYPE html>
<html lang="en">
	<head>
		<title>Personal Website Project | Milestone 1</title>
		<meta charset="utf-8">
	</head>
	<body>
		<h1>Personal Website Project by Travis Kendall</h1>
		<h2>Purpose, Audience, Goal</h2>
		<h4>The Website Idea:</h4>
		<p>My personal website project (PWP) will be a site for Forma Development, the freelance software business that I am hoping to launch soon.</p>
		<h4>Purpose:</h4>
		<p>The main aim of the site is to bring in work for my freelance software projects. The business will concentrate on building web apps that resolve the problems companies face in an efficient way.</p>
		<h4>Audience:</h4>
		<p>The site is aimed at owners/managers of small and medium companies (10-100 staff) who are searching for ways to fix serious problems in the way their internal business processes are run.</p>
		<h4>Goal:</h4>
		<p>In the end, the site should win freelance clients by putting the software I have built on display. I expect that proving I can deliver working sites that fix genuine problems for companies will also improve my chances of landing a full-time job. In that sense, the site doubles as my professional portfolio too.</p>
		<h2>Forma Development Persona</h2>
		<img src="./documentatonimages/persona.jpg" alt="Forma Development Persona">
		<p><strong>Name:</strong> Douglas R. Hartley</p>
		<p><strong>Age:</strong> 39</p>
		<p><strong>Job:</strong> Owner/Manager of a Small-to-Medium Company [10-100 staff members]</p>
		<p><strong>Goal of Persona's Internet Search:</strong> Douglas wants to fix a problem that keeps slowing down the internal workflows of his company. He does not mind taking a chance if it finally settles a long-standing operational headache. Things have reached a stage where the problem is wasting effort, leaving the employees frustrated and doing further harm to daily operations and to the workplace as a whole.</p>
		<p>Douglas knows his sector and his internal processes thoroughly. He can also see plainly what his company requires to fix the problem, yet he does not have the technical expertise to build the fix himself.</p>
		<p>In the end, Douglas would rather put his energy into expanding the company than keep wrestling with this same problem week after week.</p>
		<p><strong>Technological Understanding:</strong> Moderate to Advanced</p>
		<p><strong>Business Environment:</strong> Douglas's workplace has to meet two basic conditions:</p>
		<ol>
			<li>Needs a reliable internet connection for running the web app that is going to be built</li>
			<li>Has to be open to using devices that let him browse the internet</li>
		</ol>
		<p><strong>Attitude:</strong> Annoyed and hunting for an answer. While searching for one, he has run into one of these problems:</p>
		<ol>
			<li>Nothing he has come across so far truly solves his own particular problem</li>
			<li>Whenever he located a service, it cost far too much to be worth paying</li>
		</ol>
		<p><strong>Some Relevant Questions Douglas will consider on my website:</strong></p>
		<ul>
			<li>Pricing: Is this within my budget?</li>
			<li>Process of Development: How does the fix get built?</li>
			<li>History: What has Forma Development made in the past?</li>
			<li>Trust: Who would be working with me? Why should I rely on you? What experience do you have?</li>
		</ul>
	</body>
</html>