import React, { useEffect, useState } from 'react';
import haruka from '../assets/images/haruka.png'
const Persona = () => {
    return (
        <div>
            <div name="persona" className='w-full mx-auto px-8 sm:px-32 flex flex-col items-center justify-center bg-[#1F1F21]'>
                <h1 className='sm:text-4xl font-bold inline border-4 px-4 py-2 mt-8 tracking-wider bg-[#1F1F21] border-pink-600 text-[#F5F5FA]'>Getting to know a Host</h1>
                <h1 className='sm:text-2xl font-bold inline border-2 px-4 py-2 mt-8 tracking-wider bg-[#1F1F21] border-[#8892b0] text-[#F5F5FA]'>Haruka Mori</h1>
                <div className='max-w-[1200px] grid grid-cols-1 sm:grid-cols-3 gap-8 py-8'>

                    <div name='col1' className='order-2 sm:order-2 mx-auto'>
                        <div className='w-[300px] flex flex-col items-center justify-center border-2 border-[#F5F5FA] bg-[#9995C8] pb-8 mb-6'>
                            <h1 className='sm:text-2xl font-bold inline border-2 px-4 py-2 my-4 tracking-wider bg-[#1F1F21] border-pink-600 text-[#F5F5FA]'>Pain Points</h1>
                            <ul>
                                <li>Often feels lonely at home. Is uneasy about unvetted visitors from abroad staying in her home. Can’t go overseas as often as she would like so hopes to meet people from other nations. Kyoto is a costly city to live in. Fears guests who behave rudely</li>
                            </ul>
                        </div>
                        <div className='w-[300px] flex flex-col items-center justify-center border-2 border-[#F5F5FA] bg-[#9995C8] pb-8'>
                            <h1 className='max-w-[200px] sm:text-2xl inline border-2 px-4 py-2 my-4 tracking-wider bg-[#1F1F21] border-pink-600 text-[#F5F5FA]'>Personality & Known Habits</h1>
                            <ul className='py-2'>
                                <li>Well versed in regional plants, Mindful of ecology, Outgoing and keen to get to know new people, Enjoys cooking and hosting, Curious about traditions worldwide, Drawn to deep cultural exchange</li>
                            </ul>
                        </div>
                    </div>

                    <div name='col2' className='order-1 sm:order-2 mx-auto'>
                        <img className='max-h-[368px] mx-auto rounded-full border-2 p-4' src={haruka} alt='host' />
                        <ul className='w-[300px] bg-[#9995C8] py-4 mt-8 border-2 border-[#F5F5FA]'>
                            <li>Age: 51</li>
                            <li>Job: Potter</li>
                            <li>Status: Married</li>
                            <li>Location: Kyoto</li>
                            <li>Japan</li>
                        </ul>
                    </div>

                    <div name='col3' className='order-3'>
                        <div className='w-[300px] flex flex-col items-center justify-center border-2 border-[#F5F5FA] bg-[#9995C8] pb-8 mb-6'>
                            <h1 className='sm:text-2xl font-bold inline border-2 px-4 py-2 my-4 tracking-wider bg-[#1F1F21] border-pink-600 text-[#F5F5FA]'>Goals</h1>
                            <ul>
                                <li>I long for company at home, and now that my children are off at university, rooms sit unused.</li>
                            </ul>
                        </div>
                        <div className='w-[300px] flex flex-col items-center justify-center border-2 border-[#F5F5FA] bg-[#9995C8] pb-8'>
                            <h1 className='max-w-[200px] sm:text-2xl inline border-2 px-4 py-2 my-4 tracking-wider bg-[#1F1F21] border-pink-600 text-[#F5F5FA]'>Bio </h1>
                            <p className='px-4'>Haruka and her husband reside in the Gion quarter of Kyoto. Their kids have left home for university. Since she has spare bedrooms, and misses the bustle of guests. She would like to earn a bit more and share Japanese traditions with visitors.</p>
                        </div>
                    </div>
                </div>
            </div >
        </div >
    )
}

export default Persona