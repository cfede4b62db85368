<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset="utf-8"/>
		<title>HopSquad DB Design Persona and Use Case</title>
	</head>
	<body>
		<h1><em>HopSquad DB Design Persona and Use Case</em></h1>
		<h2>Persona</h2>
		<p><strong>Name:</strong> Denise Whitcombe </p>
		<p><strong>Age:</strong>43</p>
		<p><strong>Profession</strong>Denise works full time as the Human Resource Manager of a nearby customer support center.  Roughly half her shift goes by at the desktop PC her employer hands her, and the other half is spent chatting with the staff on the support floor.</p>
		<p><strong>Technology</strong>At the office Denise mostly works on the desktop her employer issued.  When she is off duty she happily keeps up with everything on social media through her LG G4.  She posts and scrolls a lot on Facebook, Pinterest, Tumblr and Snap Chat.  Trying out and installing fresh apps is something she truly enjoys.  At home she keeps a kindle fire that is mainly for buying things and watching videos.  As a Walmart+ subscriber she buys nearly everything on Walmart's website.  She watches every show she likes on Netflix, Sling and Peacock, and she cut the cord on cable TV about 14 months back.
		</p>
		<p><strong>Attitudes and Behaviors</strong>Denise was lately pulled into the hometown "craft beer" scene by a handful of her HR co-workers.  Once a month or so the group heads out to a nearby brewery for Happy Hour.  Denise does drink beer, yet she keeps to a small set of bottled brands, and Shock Top is the one she likes most.  The craft beer world is a total mystery to her, and she has learned that asking for a Shock Top at the area brewpubs is nearly impossible.  Denise looks forward to these brewery happy hours, but the long list of beers she has never heard of leaves her quite daunted.
		</p>
		<p><strong>Goals:</strong>
			<ul>
			<li>Since Denise knows very little about craft beers she wants a tool that tells her which craft beer to order so it comes close to what she enjoys most in the bottled beers she normally drinks. </li>
			<li>Denise also hopes the tool will point her to a nearby brewery that pours the sugested craft beer, so she can put that brewery forward for the coming happy hour outing.</li>
			<li>As Denise lives on social media, and as she adores walmart she wants the means to both browse and post member reviews of the various craft beers she samples.</li>
		</ul>
		</p><strong>Use Case:</strong>
		
		
	</body>