<!DOCTYPE html>
<html>
	<head>
		<meta charset="UTF-8" />
		<title>User Persona - Loretta, Small Business Owner</title>
		<link rel="stylesheet" type="text/css" href="../css/styles.css" />
		<link rel="stylesheet" type="text/css" href="../css/personas.css" />
	</head>
	<body>
		<div class="container">
			<header>
				<h1>
					Persona <strong>3</strong>
				</h1>
				<nav>
					<ul>
						<li><a href="../index.php">Home</a></li>
						<li><a href="./documentation.php">Epic</a></li>
					</ul>
				</nav>
			</header>
			<main>
				<h2>Persona</h2>
				<p>
					Loretta owns a little workshop business that employees six silversmiths.
					She dreamed of a web shop that would carry the unique handcrafted work out to an audience around the globe
					so that the regional Sonoran flare would turn up all over. Early on her business landed some strong
					connections and managed to place work in several big retailers in Los Angeles and other style
					capitals.
				</p>
				<p>
					Selling has never been the issue for Loretta, the issue has been keeping pace with all those orders
					and every bit of logistics they bring with them. An inventory management system would let Loretta track
					not just orders and finished pieces in her stock but also the raw supplies such as stones and ear wires she goes through
					daily.
				</p>
				<p>
					Being a small business owner, a mother and a wife, Loretta wants an inventory app that hands her
					plain, concise figures and does it in a way that feels natural. A text on her phone warning her when
					stock runs low is an ideal fit, since she's constantly on the move and can't otherwise keep an eye on her
					stockroom by any other means.
				</p>
				<p>
					Loretta, like plenty of other small business owners, tried Google Sheets and Xero with its
					stock module. At first they looked workable and useful, yet she could never get ahead
					of her stock levels unless she kept opening clunky software and reading between the lines of
					the bookkeeping to work out how many turquoise stones had run out and at what moment it became urgent
					that she reorder.
				</p>
				<p>
					With "StockPing", Loretta gets alerts tied to the inventory items and thresholds she chooses. Those
					alerts give her ample lead time to order raw supplies and plan when pieces get finished, so the
					shelves, so to speak, never run bare. The applications knack for removing not only a sold piece from stock but
					also the raw supplies from the back stockroom amounts to having one more devoted staff member
					she could never otherwise pay for.
				</p>
				<p>
					As the administrator of StockPing, Loretta will name one employee to be the warehouse agent, and that
					staffer will enter products and raw supplies into inventory when needed and record sold stock that sales in their
					shop as well insure the online sales and checkout plugin stay current and correct. Loretta
					will enter each new original piece into the database once it is made, after which it can be reached
					through the warehouse agent account and its own set of permissions. Each item the employee takes out of inventory
					would be recorded so that Loretta could check and stay on top of everything going out. She could
					also spot which pieces are popular and trending in the current range and shape her choices to match.
				</p>

				<h2>Use Cases</h2>
				<p></p>
			</main>
		</div>
	</body>
</html>