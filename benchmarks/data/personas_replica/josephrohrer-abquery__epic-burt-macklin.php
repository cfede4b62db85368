<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset="UTF-8">
		<title>Persona of Dale Hubbard</title>
	</head>
	<body>
		<h4>Persona of Dale Hubbard</h4>
		<ul>
			<li>Name: Dale Hubbard</li>
			<li>Age: 48</li>
			<li>Occupation: Vintage Truck Restorer</li>
			<li>Technology: Nokia 2720 Flip (Yes, it's the folding kind) and a 9-year-old Toshiba laptop still on Windows Vista</li>
			<li>Needs: Dale restores old trucks in the garage at his house. The neighbours complain about how many vehicles sit around his lot, and things have reached the point where he has to move the business off his property onto a commercial site. He must find a spot in Tucson that has room for the work and where he won't have to fear crime around him, so that his clients' trucks stay safe.</li>
			<li>Goals: Dale wants to relocate the business to a safe part of town. His commercial realtor has pointed him to a few sites, but he would like to know what crime the neighbouring firms have had to deal with over the years. He wants a website where he can enter an address and see the crime reported around it. </li>
		</ul>
	</body>
