<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset="UTF-8">
		<title>Outdoor Trails</title>

	</head>
	<body>
		<h1>
			Site Purpose
		</h1>
		<p>
			Our team is building a city cycling path app and site that lets visitors and residents discover places
			and ways to ride to work in Tucson. Tucson enjoys 310 days of sunshine a year and 250 miles of bike paths.
			The tool will serve to spread the word about cycling to work, and help promote Tucson as a leading all year
			cycling getaway for visitors to the southwest.
		</p>
		<p>
			We plan to let riders bookmark the paths they like best and also to offer a list and
			maps of the paths locals love most- such as top rides for commuting to Raytheon Missile Systems
			and top visitor routes through downtown and beside the Rillito.
		</p>
		<h1>Logo</h1>
		<img src="bike tuc.png">


		<h1>
			Personas
		</h1>

		<h2>
			Persona 1 - Cody Marsh
		</h2>
		<p>
			age 28
		</p>
		<p><img src="cody-marsh.jpg" alt="Cody Marsh" height="500" width="500"/></p>
		<p>
			As a heavy user- I want to map out rides and store them in my account. I want to be able to
			sketch upcoming rides from the ones I have stored.
		</p>
		<p>

			Occupation: Engineer and Raytheon Missile Systems.
			He relocated here not long ago for his job and now rents a home close to the foot of the
			Catalina Mountains. He keeps a laptop at home yet mostly relies on his phone to look things up
			online. He spends so many hours at a computer on the job, that on weekends he mostly sticks to his
			phone to get on to internet. He has a Pixel 3.
		</p>
		<p>
			Goal: He hopes to find  spots for hiking and riding on his days off,
			and he would also like to  discover a bike route for his commute.
			He lives alone and owns a secondhand 2010 Nissan Xterra.
		</p>
		<p>
			Frustrations: He wants a route that feels safe for reaching
			Raytheon Missile Systems. Traffic on the big arterial roads can get risky
			at times and even if it meant a longer ride, he would accept it to stay out of
			pedaling on a busy road.
		</p>
		<hr />

		<h2>
			Persona 2 - Megan Hale
		</h2>

		<p>
			Age 38
		</p>
		<p><img src="megan-hale.jpg" alt="Megan Hale" height="500" width="650"/></p>

		<p>
			As an occasional user- I want to see ride options to enjoyable places for my
			kids and husband to try during our holiday in Tucson.
		</p>
		<p>
			Occupation- visitor, vlogger and full time homemaker.
		</p>

		<p>
			Goal: The family trip is timed for the rodeo week in Tucson.
			The holiday house she reserved comes with bikes everyone in the family can ride and
			based on reviews on Yelp, the easiest way to reach the rodeo grounds is by
			bike. She plans to open our app while she is in Tucson to check out the
			paths and other cycling spots during the days they spend in the city. They are an
			energetic household and love spending time outside as a group. Megan handles most of her trip
			planning on her laptop - Dell Inspiron, but will rely on her Galaxy S8 to find her way around once they
			land in Tucson.
		</p>

		<p>
			Frustrations - organizing this Arizona trip for the rodeo has been unlike
			how her other holidays tend to come together. Heaps of reading are required,
			plus a lot of planning, to keep her kids and husband busy and moving on this trip.
			She hopes our app will keep everyone on the go and not simply stuck inside
			the holiday house for the whole of her stay.

		</p>



	</body>
</html>