<html>
	<head>
		<title>

		</title>
	</head>
	<body>

		<h1>Persona</h1>
		<ul>
			<li>
				Name: Veronica
			</li>
			<li>
				Profession: Operations wizard at TECHnique Academy> Full time Admissions, Enrollment and Fees Coordinator
			</li>
			<li>
				Technology: Surface tablet running Windows 10, where she mainly uses MS Access together with RGC Webmail/Outlook. An Android handset.
			</li>

			<li>
				Attitudes and Behaviors: Veronica sees to it that every question from applicants gets answered in a courteous and professional manner.
				She is buried under a pile of clerical work. She is the first point of contact for every enquiry about the cohorts
				and handles enrollment and fee collection for applicants. She would rather not type every exchange into the database manually.
			</li>

			<li>
				Frustrations and Needs: It deeply annoys her that all record keeping, for applications, fees and personal files alike, is still done entirely by hand.
				She needs a tool that lets her log notes on every single conversation with enquirers and applicants at the moment it takes place.
			</li>
			<li>
				Goals: Dependable and simple access to records, far less manual work and a way to turn enquiries into finished applications!
			</li>
		</ul>
	</body>
</html>
<?php
/**
 * Created by PhpStorm.
 * User: Rokun
 * Date: 11/03/2016
 * Time: 4:10 PM
 */