angular.module("angular", [])
    .controller("controller", ["$scope", function ($scope) {

        $scope.PersonaIndex = 0;
        $scope.Personas = [
            {
                Id: 0,
                Select: "Partially sighted",
                Name: "Gabriela",
                Photo: "http://portaldozacarias.com.br/site/arquivos/imagens/noticias/2017/11/grande/20171122140738anaa.jpg",
                Quote: "The only thing a dream requires to come true is a person who trusts that it is possible.",
                Age: 26,
                Occupation: "Undergrad",
                Family: "Unwed",
                Location: "Chile",
                Character: "Warm, relaxed and faithful.",
                PersonalityTraits: [
                    {Name: "Introvert/Extrovert", Value: 75},
                    {Name: "Analytical/Creative", Value: 55},
                    {Name: "Conservative/Liberal", Value: 80},
                    {Name: "Passive/Active", Value: 45}
                ],
                Goals: ["Raise your degree of independence.", "Get a law degree.", "Have a wedding by the sea.", "Have children"],
                Frustrations: ["Being unable to handle certain tasks by yourself", "Barriers to access in public settings and in private settings alike.", "Barriers to access on websites and inside mobile apps.",],
                Bio: "This bio ought to be a brief paragraph that outlines the user journey. It ought to cover part of their past up to the present use case. It can be useful to bring in facts given elsewhere in the template and add relevant details that might have been omitted. Point out aspects of the user's private and working life that make them a perfect customer for your product.",
                Motivations: [
                    {Name: "Incentive", Value: 85},
                    {Name: "Fear", Value: 45},
                    {Name: "Achievement", Value: 100},
                    {Name: "Growth", Value: 55},
                    {Name: "Power", Value: 75},
                    {Name: "Social", Value: 70}
                ],
                PreferredChannels: [
                    {Name: "Traditional Ads", Value: 45},
                    {Name: "Online & Social Media", Value: 90},
                    {Name: "Referral", Value: 55},
                    {Name: "Guerrilla Efforts", Value: 30}
                ],

                Brands: [
                    {Name: "http://adox.com.ar/wp-content/uploads/2017/04/Whatsapp_37229.png"},
                    {Name: "https://media.cdnandroid.com/bb/62/6f/4b/imagen-talkback-0big.jpg"},
                    {Name: "https://png.icons8.com/color/1600/audible.png"},
                ]
            },
            {
                Id: 1,
                Select: "Volunteer",
                Name: "Nelson",
                Photo: "https://static.pulse.ng/img/incoming/origs3879408/3806368466-w644-h960/michael-ealy1.jpg",
                Quote: " If you believe you are too tiny to matter, try spending a night with a mosquito",
                Age: 34,
                Occupation: "Scientist",
                Family: "He's unmarried, he lost his father as a teen and now his family is his mom and his 3 sisters.",
                Location: "São Tomé",
                Character: "Sympathetic, good, warm and generous.",
                PersonalityTraits: [
                    {Name: "Introvert/Extrovert", Value: 80},
                    {Name: "Analytical/Creative", Value: 65},
                    {Name: "Conservative/Liberal", Value: 70},
                    {Name: "Passive/Active", Value: 62}
                ],
                Goals: ["Have a real impact on people's lives.", "Go to Angola to get to know the way of life in that region.", "Complete his master's in the social sciences."],
                Frustrations: ["Being unable to aid all people.", "The world has far too many wars and pointless conflicts.", "Current technologies still fail to address what people with physical and intellectual impairments require"],
                Bio: "Nelson was born in Africa, his dad served in the army and when Nelson was in his teens his dad was killed on a foreign mission in a poor North African nation. For this reason, Nelson grew up constantly wishing to help others so that the world would hold no more sorrow.",
                Motivations: [
                    {Name: "Incentive", Value: 95},
                    {Name: "Fear", Value: 40},
                    {Name: "Achievement", Value: 65},
                    {Name: "Growth", Value: 60},
                    {Name: "Power", Value: 70},
                    {Name: "Social", Value: 85}
                ],
                PreferredChannels: [
                    {Name: "Traditional Ads", Value: 60},
                    {Name: "Online & Social Media", Value: 85},
                    {Name: "Referral", Value: 75},
                    {Name: "Guerrilla Efforts", Value: 35}
                ],
                Brands: [
                    {Name: "https://image.flaticon.com/icons/png/512/408/408759.png"},
                    {Name: "https://thehub.dk/files/57c6a35e8f500889068f79ab/logo_upload-d10d68a444ad6e90768832d8962eae9d.png"},
                    {Name: "https://logodownload.org/wp-content/uploads/2014/09/twitter-logo-1-1.png"}
                ]
            }
        ];
        $scope.model = $scope.Personas[0];

    }])