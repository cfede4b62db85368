<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<link href="styles1.css" type="text/css" rel="stylesheet" />
		<link href='https://fonts.googleapis.com/css?family=Candal' rel='stylesheet' type='text/css'>
		<link href='https://fonts.googleapis.com/css?family=Wire+One' rel='stylesheet' type='text/css'>
		<title>
			ERD, Persona & Use Case - PC Parts Scout
		</title>
	</head>
	<body>
		<header>
			<h1>Entity Relationship Diagram for PC Parts Scout Website</h1>
		</header>
		<img src="pcpartsscoutdotcom.svg" class="erdSvg"/>
		<aside>
		<img src="avatar-me.png" class="userPhoto"/>
		<h2>Nadia - DIY PC Builder, 24 yrs. old</h2>
			<h3 class="persona">A learner with tight funds</h3>
				<p>
				Nadia has put together her own PCs since the age of 14.  She just got cash as a present for finishing her degree and wants to swap her current machine for a fresh build.  Nadia is sure how much RAM the data plotting software for her master program and her favourite PC games will call for.
				</p>
			<hr>
			<h4>Needs</h4>
				<ol>
					<li>Hold the memory kit price under 75$ so it suits Nadia's wallet</li>
					<li>Satisfy the baseline specs of Nadia's rig
						<ul>
							<li>the right memory capacity</li>
							<li>works with the rest of the machine</li>
						</ul>
					</li>
					<li>Pick the strongest option judging by buyer reviews</li>
				</ol>
			<h4>Frustrations</h4>
				<p>
					Assembling her own machines, Nadia hates the slow digging it takes to buy every separate part that goes into a whole computer.  Pouring through manuals and hopping between many hardware shops to compare specs and hunt down the lowest price can eat up hours.  Money is tight for Nadia, so other shoppers' reviews carry real weight when she settles on the top item she can afford.
				</p>
			<h4>Ideal Website</h4>
			<ul>
				<li>Plenty of options in the memory size she wants</li>
				<li>Search and filter controls that drop items which don't meet her baseline specs</li>
				<li>Display the score of every item and how many people rated it</li>
				<li>Fits the rest of her setup</li>
				<li>Prices across lots of sellers so she can weigh them up</li>
				<li>Single click checkout</li>
			</ul>
			<hr>
			<h2>Use Case 1</h2>
			<h3>Basic Flow</h3>
			<ul>
				<li>Nadia picks the single components heading on the home page.
					<ul>
						<li>Hovering on the single components link pops open a visual menu labelled with keywords.
							<ul>
								<li>Nadia chooses the kind of component she wants
									<ul>
										<li>The site sends her to a long list of every item in that category, which she can narrow down.
											<ul>
												<li>Nadia trims the list using the baseline specs of her rig.
													<ul>
														<li>Nadia lets the item's buyer scores and remarks steer her choice.
															<ul>
																<li>Once she has decided, Nadia clicks the name of the seller offering that item
																	<ul>
																		<li>That link drops her straight onto the item page of the seller's store so paying is simple.</li>
																	</ul>
																</li>
															</ul>
														</li>
													</ul>
												</li>
											</ul>
										</li>
									</ul>
								</li>
							</ul>
						</li>
					</ul>
				</li>
			</ul>
			<h2>Use Case 2</h2>
			<h3>Alternate Flow</h3>
			<ul>
				<li>
					Once on the front page, Nadia types the capacity and kind of item she wants into the search box at the very top of the screen.
						<ul>
							<li>
								The site shows her a results list, marked as running to 4 pages, of components matching her query.  Each row gives the seller, the price and an add to basket button.
									<ul>
										<li>Nadia scrolls down until an item catches her eye, and clicks on it.
											<ul>
												<li>Now she can confirm the item matches her query and every one of her baseline specs.
													<ul>
														<li>Nadia clicks the name of the seller offering that item.
															<ul>
																<li>That link drops her straight onto the item page of the seller's store so paying is simple.</li>
															</ul>
														</li>
													</ul>
												</li>
											</ul>
										</li>
									</ul>
							</li>
						</ul>
				</li>
			</ul>
		</aside>
	</body>
		<footer>
		<a href="http://pcpartsscout.com/part/corsair-memory-cmk8gx3m2b1600c9">PC Parts Scout - <span class="ram">Corsair Vengeance LP Series 16GB (2 x 8GB) DDR3-1600 Memory</span></a><br><br>
		&copy; 2017 kt7forge
		</footer>
</html>