"""Names, places and contact domains for demo customers, in Spanish (Colombia) and English (US).

Spanish names keep their accents and the four name parts (first, middle, last, second last)
so search, similarity and sorting meet real data. E-mail domains are reserved example domains
(RFC 2606) so a demo that is wired to a real SMTP server never writes to a stranger.
"""

from __future__ import annotations

ES_FIRST = (
    "María", "José", "Andrés", "Sofía", "Julián", "Camila", "Valentina", "Sebastián", "Martín",
    "Lucía", "Ramón", "Inés", "Germán", "Mónica", "Héctor", "Ángela", "Óscar", "Raúl", "Jesús",
    "Natalia", "Daniela", "Santiago", "Alejandro", "Juliana", "Paula", "Diego", "Felipe",
    "Catalina", "Andrea", "Luis", "Carolina", "Jorge", "Adriana", "Nicolás", "Manuela", "Esteban",
    "Verónica", "Tomás", "Beatriz", "Joaquín", "Gabriela", "Simón", "Lorena", "Iván", "Yolanda",
)
ES_MIDDLE = (
    "Isabel", "Fernanda", "Alejandra", "Eugenia", "del Pilar", "Antonio", "Mauricio", "Andrés",
    "Ignacio", "José", "Cristina", "Lucía", "Esteban", "Sofía", "Ángel", "Inés", "Rafael", "Elena",
)
ES_LAST = (
    "García", "Rodríguez", "Martínez", "López", "González", "Hernández", "Pérez", "Sánchez",
    "Ramírez", "Torres", "Gómez", "Díaz", "Vargas", "Rojas", "Moreno", "Muñoz", "Jiménez",
    "Castro", "Ortiz", "Gutiérrez", "Suárez", "Cárdenas", "Peña", "Ríos", "Zuluaga", "Arango",
    "Londoño", "Restrepo", "Ospina", "Quintero", "Álvarez", "Mejía", "Betancourt", "Salazar",
    "Echeverri", "Núñez", "Ibáñez", "Durán", "Beltrán", "Acuña", "Valencia", "Montoya",
)
EN_FIRST = (
    "James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "William", "Linda", "David",
    "Elizabeth", "Richard", "Barbara", "Joseph", "Susan", "Thomas", "Jessica", "Christopher",
    "Sarah", "Daniel", "Karen", "Matthew", "Emily", "Anthony", "Olivia", "Mark", "Hannah",
    "Steven", "Megan", "Andrew", "Grace", "Ryan", "Chloe", "Kevin", "Zoe", "Brian", "Rachel",
)
EN_MIDDLE = ("Lee", "Ann", "Marie", "James", "Lynn", "Ray", "Jo", "Grace", "Alan", "Rose", "Paul")
EN_LAST = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker",
    "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Campbell", "Parker", "Evans",
    "Edwards", "Collins", "O'Brien", "Murphy", "Sullivan",
)

# (city, landline area code) in Colombia; (city, state, area code, zip) in the US.
CO_CITIES = (
    ("Bogotá", "601"), ("Medellín", "604"), ("Cali", "602"), ("Barranquilla", "605"),
    ("Cartagena", "605"), ("Bucaramanga", "607"), ("Pereira", "606"), ("Manizales", "606"),
)
US_CITIES = (
    ("Austin", "TX", "512", "78701"), ("Miami", "FL", "305", "33130"),
    ("Seattle", "WA", "206", "98101"), ("Boston", "MA", "617", "02108"),
    ("Denver", "CO", "303", "80202"), ("Chicago", "IL", "312", "60601"),
    ("San Diego", "CA", "619", "92101"), ("Portland", "OR", "503", "97204"),
)
CO_MOBILE_PREFIXES = ("300", "301", "304", "310", "311", "313", "315", "316", "318", "320", "321", "350")
CO_STREETS = ("Calle", "Carrera", "Avenida", "Transversal", "Diagonal")
US_STREETS = ("Maple Street", "Oak Avenue", "Pine Road", "Cedar Lane", "Elm Street", "Lake Drive",
              "Sunset Boulevard", "Hill Street", "River Road", "Park Avenue")
EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "correo.example", "mail.example")
SOCIAL_NETWORKS = ("Instagram", "X", "Facebook", "LinkedIn")

CONTACT_LABELS = {
    "es": {"personal": "Personal", "work": "Trabajo", "home": "Casa"},
    "en": {"personal": "Personal", "work": "Work", "home": "Home"},
}

# Account products: (prefix, Spanish name, English name, extra data (key, es, en value makers)).
PRODUCTS = (
    ("HOG", "Internet Hogar 300 Mbps", "Home Internet 300 Mbps"),
    ("HOG", "Internet + TV Hogar", "Home Internet + TV"),
    ("MOV", "Plan Móvil 50 GB", "Mobile Plan 50 GB"),
    ("MOV", "Plan Móvil Ilimitado", "Unlimited Mobile Plan"),
    ("TV", "Televisión Digital HD", "Digital TV HD"),
    ("FIJ", "Telefonía Fija", "Landline"),
)
ACCOUNT_STATUSES = ("active", "active", "active", "active", "suspended", "closed")
RELATION_TAGS = {
    "es": (["familiar", "cónyuge"], ["titular", "beneficiario"], ["hermano(a)"], ["socio"]),
    "en": (["family", "spouse"], ["account holder", "authorised user"], ["sibling"], ["business partner"]),
}
