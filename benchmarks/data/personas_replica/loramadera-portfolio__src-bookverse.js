		<div className='big-border'>
			<h3 className='h3-alegreya'>04 Persona</h3>
		</div>
		<div className='flexbox margins-medium'>
			<div className='flex1 box'>
				<img className='book-persona-img' src={ imgPersona } width="100%"></img>
			</div>
			<div className='flex1 box'>
				<p className='p-aktiv'>Talia is a college undergrad. When she has free time, she enjoys either being with her relatives or curling up with a great novel or a console game. Social apps offer an entertaining escape from everyday tasks, yet she looks to reading for a deeper kind of satisfaction.</p> 
				<div className='flexbox'>
					<div className='flex1 box padding-small'>
						<h4 className='h4-alegreya'>Age</h4>
						<p className='p-aktiv'>22</p>
						<h4 className='h4-alegreya'>Occupation</h4>
						<p className='p-aktiv'>Full-time undergrad</p>
						<h4 className='h4-alegreya'>Income</h4>
						<p className='p-aktiv'>No earnings</p>
					</div>
					<div className='flex1 padding-small'>
						<h4 className='h4-alegreya'>Location</h4>
						<p className='p-aktiv'>Santa Cruz</p>
						<h4 className='h4-alegreya'>Status</h4>
						<p className='p-aktiv'>Single</p>
					</div>
				</div>
				<div className='flexbox'>
					<div className='flex1 padding-small'>
						<h4 className='h4-alegreya'>Goals</h4>
						<p className='p-aktiv'>• To get a lot more done</p>
						<p className='p-aktiv'>• To scroll less online and read far more </p>
						<p className='p-aktiv'>• To discover new titles that aren’t already on her radar</p>
					</div>
					<div className='flex1 box padding-small'>
						<h4 className='h4-alegreya'>Frustrations</h4>
						<p className='p-aktiv'>• Booksellers aren’t consistently good at pairing</p>
						<p className='p-aktiv'>• Keeps being nudged to social apps </p>
						<p className='p-aktiv'>• Hunting for new reads eats up a dreary amount of time and energy</p>
					</div>
				</div>
			</div>
		</div>
