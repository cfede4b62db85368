PERSONAS = {
    "busy_professional": {
        "name": "Busy Professional",
        "pains": ["no evening left for planning", "too many small food decisions", "ordering in far too often"],
        "desired": ["win back some time", "feel on top of things", "cook lighter food"],
    },
    "student": {
        "name": "Student",
        "pains": ["very little money for groceries", "barely knows how to cook", "class times change every week"],
        "desired": ["low-cost dishes", "short recipes", "fast fixes"],
    },
    "parent": {
        "name": "Parent",
        "pains": ["cooking for the whole household", "children who refuse most vegetables", "hectic evenings on school nights"],
        "desired": ["meals the kids will eat", "calmer evenings", "a steady weekly rhythm"],
    },
}
