<?php include "includes/header.php";?>
</div>

<div class="section-aia ">
	<!-- START CLIENT TABLE -->
	<table class="client">
		<tr>
			<th>Client Name:</th>
			<td>Marisol Dizon (friend)</td>
		</tr>
		<tr>
			<th></th>
			<td></td>
		</tr>
		<tr>
			<th>Business/Website Name:</th>
			<td>C3 Relay</td>
		</tr>
		<tr>
			<th></th>
			<td></td>
		</tr>
		<tr>
			<th>Redesign or New Website:</th>
			<td>Redesign: <a href="https://www.c3relay.com/">c3relay.com</a></td>
		</tr>
		<tr>
			<th></th>
			<td></td>
		</tr>
		<tr>
			<th>Type of Website:</th>
			<td><ul>
				<li>Branding</li>
				<li>Promotion</li>
				<li>Instructional</li>
				<li>Reference</li>
			</ul>
		</td>
		<tr>
			<th></th>
			<td></td>
		</tr>
		<tr>
			<th>Goal of Website:</th>
			<td><ul>
				<li>Get in front of more people</li>
				<li>Win new customers</li>
				<li>Attract new hires</li>
				<li>Show why C3Relay is the top pick for tailored software</li>
			</tr>
		</table>
	</div>
	<!-- END CLIENT TABLE -->

	<!-- START AUDIENCE TABLE -->
	<div class="aside-aia">
		<table class="audience ">
			<tr>
				<th>Audience</th>
				<th>Issues, Concerns, Needs</th>
				<th>Approach</th>
			</tr>
			<tr>
				<td><strong>Client: Kendra Lum</strong></td>
				<td></td>
				<td></td>
			</tr>
			<tr>
				<td>
				Kendra is a primary school teacher in her twenties living in Tacoma WA. Outside work, she gives her time to Hilltop Community Orchard, where she tends the site and coordinates fellow helpers. Tech is not Kendra’s forte. She uses a computer on the job and her phone for every other online task, social media included. Kendra hopes to pass on her passion for growing food and is looking for a firm to build an app that lets anyone discover what’s planted at the orchard, its location, and ways to recognize it.</td>
				<td>
					<ul>
						<li>Not very skilled with computers</li>
						<li>Knows roughly what she wants but not how to turn that idea into something real</li>
						<li>Only has a rough picture of her wishes.</li>
						<li>Non-profits run on tiny budgets or none</li>
					</ul>
				</td>
				<td>					
					<ul>
						<li>Navigation must be simple</li>
						<li>Enquiry form asking plainly which software/app the client has in mind plus any other details we need</li>
						<li>She knows in broad terms what she is after.</li>
						<li>State that non-profits might get reduced rates, judged one case at a time</li>
						<li>Offer other ways to reach us: phone, fax, private chat</li>
					</ul>
				</td>
			</tr>
			<tr>
				<td><strong>Job Hunter: T Hale</strong></td>
				<td></td>
				<td></td>
			</tr>
			<tr>
				<td>
				Has just finished a computer science degree at Bemidji State University. All through college and up to now they have worked at Staples’ EasyTech desk. With the diploma in hand, a ‘proper’ job sits first on their list of to-dos.  Having almost no professional background in the industry, T is looking for a firm that will let them put their new skills to use.</td>
				<td>
					<ul>
						<li>Just starting out in software work</li>
						<li>Lives on the far side of the country</li>
						<li>Low on cash. Repaying college debt</li>
					</ul>
				</td>
				<td>
					<ul>
						<li>Include a jobs page</li>
						<li>Staff page where every member says why they like being part of the team.</li>
						<li>On the jobs page, stress that working from home is possible</li>
						<li>Open roles page: which roles are open; the skills and schooling each one requires</li>
						<li>Steps for applying to us</li>
				</td>
			</tr>	
			<tr>
				<td><strong>Competitors: Quillnet</strong></td>
				<td></td>
				<td></td>
			</tr>
			<tr>
				<td>
				Veteran software firm founded in 2005, with a loyal customer base that’s expanding. They provide many services, for example bespoke programs and apps for several sectors from property to medicine.</td>
				<td>
					<ul>
						<li>Far more seasoned in the industry</li>
						<li>Big customer list</li>
						<li>Plenty of glowing customer reviews
					</ul>
				</td>
				<td>
					<ul>
						<li>Write an upbeat Mission Statement built around community</li>
						<li>Page of past work</li>
						<li>Eye catching design/layout</li>
					</ul>
				</td>
			</tr>
		</table>
	</div>
	<!-- END AUDIENCE --> 
	<?php include "includes/footer.php";?>