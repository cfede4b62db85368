<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset = "utf-8">
		<title>Persona: Ray</title>
	</head>
	<body>
		<h1>Persona: Ray (Tiny Food Bank)</h1>
		<p>This persona is called Ray.  Ray is a fellow in his 40's, who manages a modest food bank with a little crew, and usually does most of the heavy lifting alone.</p>
		<p>Ray's food bank lacks much storage space (above all for chilled goods), so the team must be quite choosy about the donations it accepts.  He also needs to collect the drop-offs in a rather cramped, non-refrigerated truck, and he frequently covers the fuel from his own wallet; runs that finish without any food actually being collected are a serious nuisance. Ray does the food bank work purely because he cares about his neighborhood; he is far from rich, and the food bank he runs can't draw on a particularly deep well of supplies or funds.</p>
		<p>Ray is not a particularly tech-savvy person, and newer technology is mostly out of his reach.  He will most probably use this site on an office computer at the food bank that runs an outdated Windows release (Windows 7 at the latest), and he will almost certainly never open the site from a mobile phone.</p>
	</body>
</html>