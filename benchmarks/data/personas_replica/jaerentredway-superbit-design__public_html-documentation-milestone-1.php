<!DOCTYPE html>
<html lang="en" dir="ltr">
  	<head>
    	<meta charset="utf-8">
    	<title>HyperPixel Design</title>
		<link href="./documentation-styles.css" rel="stylesheet" type="text/css"/>
		<link href="https://fonts.googleapis.com/css?family=Raleway:400,700" rel="stylesheet"/>
  	</head>
  
  	<body>
    	<section class="overview">
			<h1>Overview of HyperPixel Design website</h1>

			<p>PWP assignment by Dan Merriweather, Fullstack Cohort 24</p>
		 	<h2>Purpose</h2>
		 	<p>Our site will give visitors in search of a web development firm a plain, brief picture of the services and finished products HyperPixel Design offers, along with Dan Merriweather's qualifications, standing, and skills.</p>

			<h2>Audience</h2>
			<p>Visitors to this site will be potential clients looking for details that help them decide whether to do business with HyperPixel Design. These customers will be owners of small firms who need a fresh website, or who want a current site fixed or extended with features like online selling, customer databases, booking systems and the like. </p>

			<h2>Goal</h2>
			<p>Above all, this site aims to wow the visitor with a leading-edge, contemporary look and feel, excellent credentials and referrals, a portfolio of outstanding projects built by Dan, and a smooth, effortless experience overall. In the end the visitor will come away impressed and decide to start working with HyperPixel Design and buy its offerings.</p>
	 	</section>
    
    	<section class="persona">
			<h1>Persona</h1>
			<p>Here is an invented character standing in for the usual client who will come to the HyperPixel Design website.</p>

			<table>
				<tr>
					<th>Attribute</th>
					<th>Description</th>
				</tr>
				<tr>
					<td>Name</td>
					<td> Diane Hartwell</td>
				</tr>
				<tr>
					<td>Age</td>
					<td> 45</td>
				</tr>
				<tr>
					<td>Profession</td>
					<td> Wellness Coach and Marriage Counselor, Graduate Degree in Counseling</td>
				</tr>
				<tr>
					<td>Tech</td>
					<td> Apple MacBook Pro 2014, iPhone 7, iPad Air 2</td>
				</tr>
				<tr>
					<td>Situation leading user to my website</td>
					<td> This visitor wants a high-end, top-ranked Web Developer to create a remarkable site for them. Price and basic features are not what they care about most, they want the finest web building service that money can pay for.</td>
				</tr>
				<tr>
					<td>Attitudes and behaviors</td>
					<td> Diane is a seasoned, polished professional with a cultivated eye for art and design, and she expects her site to show that as well as its content and features.</td>
				</tr>
				<tr>
					<td>Frustrations</td>
					<td>Diane has very particular tastes and has put a great deal into her professional name, so she is extremely fussy about every small detail of her site. In short it must be flawless or she doesn't want it. It frustrates her when her exacting demands are received badly.</td>
				</tr>
				<tr>
					<td>Needs</td>
					<td> Diane's clients are professionals short on time who will react well to her site if it is simple to get around, brief and businesslike. They will also like it if it looks sleek, current, minimal, and visually attractive, with a refined, elegant interface for users.</td>
				</tr>
				<tr>
					<td>Goals</td>
					<td> Diane wants to grow her client base and establish a solid online presence. She also plans to sell her courses and workshops on the site, maintain a customer database, offer a booking system for the pilates and breathwork sessions she leads, and make her blog easier to reach.</td>
				</tr>
				<tr>
					<td>User Story</td>
					<td> "I am Diane Hartwell, MA, a professional coach hoping to greatly strengthen my online presence and how I use web tools to grow my practice. I need a Web Developer with hands-on technical skill who also has real artistic talent and the capacity to truly grasp the very particular details I want on my site.</td>
				</tr>
			</table>
		</section>
  	</body>
</html>







