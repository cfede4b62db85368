<!DOCTYPE html>
<html lang="en">
	<head>
		<title>Professional Website</title>
	</head>
	<body>
		<header>
			<h1>Professional Website</h1>
		</header>
		<main>
			<div class="purpose">
				<h2>Purpose</h2>
				<p>My hope is that my PW (Professional Website) draws in employers and small companies, both nearby and remote.</p>
			</div>
			<div class="audience">
				<h2>Audience</h2>
				<p>My PW is meant for possible clients, hiring employers, and developers who work local/remote.
					I'd also like it to work as an online showcase where people can now and then browse earlier projects.</p>
			</div>
			<div class="goals-profile">
				<h2>Goals</h2>
				<ul>
					<li>To land full/part-time employment plus an internship</li>
					<li>To win over potential freelance customers</li>
					<li>Grow a small company's sales and its reach on social media</li>
					<li>To act as an online portfolio/gallery where visitors can look through earlier work from time to time</li>
				</ul>
			 </div>
			<div class="persona">
				<h1>Persona</h1>
				<div class="name-age">
					<p><em>Name:</em> Renata Solberg</p>
					<p><em>Age:</em> 29</p>
				</div>
				<div class="profession">
					<p><em>Profession:</em> Founder and Owner of Byte Bistro, a cafe offering a space
						to study, work, and host networking events, who is seeking a Full-Stack Web Developer nearby to rebuild a homemade
						website whose limits get in the way of how she wants to connect with her clientele.</p>
				</div>
				<div class="technology">
					<p><em>Technology:</em> MacBook Pro (Business/Home), iPad Air, iPhone.</p>
				</div>
				<div class="attitudes-behaviors">
					<p><em>Attitudes and Behaviors:</em> Her hours are flexible and she can set aside 4 hours a week to talk through ideas
					about how the cafe's website should look and work. She has never before hired a real
					freelance web developer and doubts that an online freelancer would get the work done. She trusts that a nearby
					full-stack developer can hand over a site that lives up to what she expects and shows what she is
					aiming to achieve.</p>
				</div>
				<div class="frustrations-needs">
					<p><em>Frustrations and Needs:</em> What she's after is a developer with 3 or more years of experience and a portfolio
					of sites that show skill and attractiveness. It matters a lot to her that the developer captures the look and feel of her cafe
						and that the site draws in millennial customers.</p>
				</div>
				<div class="goals-persona">
					<h2>Goals</h2>
					<ul>
						<li>Would like a backend that records how users interact with the goods/products on offer so she can decide which items to discontinue/promote</li>
						<li>Set up a theme that comes across clearly and mirrors the business's look</li>
						<li>Wants to add e-commerce to the site to showcase the goods/products the business sells</li>
						<li>Build a richer web presence for the small business (Byte Bistro)</li>
					</ul>
				</div>
			</div>
		  </main>
		  <footer>

		  </footer>
	  </body>
  </html>