namespace Masking.Tests.Corpus;

/// <summary>
/// Hand-written first and last names from many cultures. Written independently of the masking library's lexicon so
/// that the accuracy tests measure generalisation, not a copy of the recognizer's own list. Names that are also
/// ordinary words used as decoys (Grace, Will, Mark, Ford, Bell, months, weekdays, cities) are deliberately absent,
/// so a label is never ambiguous.
/// </summary>
internal static class NameLists
{
    public static readonly string[] FemaleFirstNames =
    [
        // English-speaking
        "Emily", "Sarah", "Jessica", "Laura", "Hannah", "Rachel", "Megan", "Olivia", "Sophie", "Chloe",
        "Amelia", "Isabella", "Abigail", "Elizabeth", "Katherine", "Margaret", "Eleanor", "Harriet", "Lucy", "Natalie",
        "Samantha", "Rebecca", "Danielle", "Brittany", "Kimberly", "Heather", "Stephanie", "Vanessa", "Bethany", "Imogen",
        "Siobhan", "Aoife", "Niamh", "Caoimhe", "Eilidh", "Morag", "Gwen", "Rhiannon", "Carys", "Ffion",
        // Hispanic and Lusophone
        "Maria", "Lucía", "Carmen", "Guadalupe", "Ximena", "Valentina", "Camila", "Daniela", "Paola", "Rocío",
        "Beatriz", "Inês", "Fernanda", "Juliana", "Adriana", "Marisol", "Yolanda", "Esperanza", "Alejandra", "Catalina",
        // French, German, Nordic, Dutch, Italian, Greek
        "Amélie", "Camille", "Élodie", "Margaux", "Sabine", "Ursula", "Annika", "Greta", "Liesel", "Friederike",
        "Ingrid", "Astrid", "Sigrid", "Freja", "Maja", "Saskia", "Femke", "Giulia", "Francesca", "Chiara",
        "Alessia", "Eleni", "Dimitra", "Zoë", "Anne-Marie", "Marie-Claire", "Brigitte", "Henrike", "Solveig", "Liv",
        // Slavic and Baltic
        "Katarzyna", "Agnieszka", "Magdalena", "Zofia", "Olga", "Tatiana", "Svetlana", "Natasha", "Milena", "Jelena",
        "Ivana", "Dragana", "Oksana", "Ludmila", "Kristina", "Rūta", "Ieva", "Marta", "Alena", "Petra",
        // Middle Eastern and North African
        "Fatima", "Aisha", "Layla", "Yasmin", "Noor", "Mariam", "Zainab", "Leila", "Samira", "Huda",
        "Rania", "Salma", "Dalia", "Shirin", "Parisa", "Ayelet", "Tamar", "Noa", "Esra", "Elif",
        // South and East Asian
        "Priya", "Ananya", "Aditi", "Kavya", "Deepika", "Lakshmi", "Sunita", "Meera", "Shreya", "Nandini",
        "Mei", "Xiaoling", "Yan", "Jing", "Hui", "Yuki", "Haruka", "Sakura", "Aiko", "Naomi",
        "Ji-woo", "Seo-yeon", "Min-ji", "Hye-jin", "Thu", "Linh", "Thi Hoa", "Mai", "Siti", "Nurul",
        "Maricel", "Rowena", "Imelda", "Kanya", "Pimchanok",
        // Sub-Saharan African
        "Ngozi", "Chiamaka", "Adaeze", "Folake", "Oluwaseun", "Amara", "Zanele", "Thandiwe", "Nomvula", "Wanjiru",
        "Akosua", "Abena", "Efua", "Fatoumata", "Aminata", "Mariama", "Nia", "Makena", "Ayana", "Halima",
    ];

    public static readonly string[] MaleFirstNames =
    [
        // English-speaking
        "James", "John", "Robert", "Michael", "David", "Richard", "Thomas", "Christopher", "Daniel", "Matthew",
        "Andrew", "Joshua", "Kevin", "Brian", "Gregory", "Timothy", "Jeffrey", "Ryan", "Jacob", "Nathan",
        "Benjamin", "Samuel", "Edward", "Harold", "Oliver", "Harry", "George", "Alfie", "Callum", "Liam",
        "Declan", "Cian", "Eoin", "Seamus", "Angus", "Hamish", "Rhys", "Dylan", "Gareth", "Owain",
        // Hispanic and Lusophone
        "José", "Juan", "Carlos", "Luis", "Miguel", "Alejandro", "Javier", "Santiago", "Mateo", "Diego",
        "Joaquín", "Rodrigo", "Ignacio", "Andrés", "Fernando", "João", "Gonçalo", "Tiago", "Rafael", "Thiago",
        // French, German, Nordic, Dutch, Italian, Greek
        "Jean-Pierre", "François", "Étienne", "Mathieu", "Laurent", "Klaus", "Jürgen", "Wolfgang", "Matthias", "Florian",
        "Lukas", "Henrik", "Søren", "Magnus", "Bjørn", "Anders", "Lars", "Pieter", "Joost", "Maarten",
        "Giuseppe", "Alessandro", "Lorenzo", "Matteo", "Giovanni", "Dimitrios", "Nikos", "Konstantinos", "Yannis", "Stavros",
        // Slavic and Baltic
        "Łukasz", "Piotr", "Krzysztof", "Tomasz", "Wojciech", "Dmitri", "Sergei", "Alexei", "Mikhail", "Vladimir",
        "Nikola", "Dragan", "Miloš", "Jan", "Ondřej", "Tomáš", "Andrius", "Mindaugas", "Taras", "Bohdan",
        // Middle Eastern and North African
        "Mohammed", "Ahmed", "Omar", "Youssef", "Khalid", "Hassan", "Karim", "Tariq", "Bilal", "Mustafa",
        "Reza", "Dariush", "Emre", "Mehmet", "Burak", "Yosef", "Avi", "Eitan", "Nabil", "Rami",
        // South and East Asian
        "Arjun", "Rahul", "Vikram", "Sanjay", "Rohan", "Aarav", "Karthik", "Suresh", "Imran", "Farhan",
        "Wei", "Jun", "Hao", "Zhiwei", "Jianguo", "Haruto", "Takeshi", "Kenji", "Hiroshi", "Daisuke",
        "Min-jun", "Seo-jun", "Ji-hoon", "Dong-hyun", "Minh", "Quang", "Duc", "Tuan", "Somchai", "Arief",
        "Rizal", "Bayani", "Jericho", "Anh", "Budi",
        // Sub-Saharan African
        "Chukwuemeka", "Obinna", "Oluwafemi", "Babatunde", "Kwame", "Kofi", "Yaw", "Kwabena", "Sipho", "Thabo",
        "Mandla", "Themba", "Tendai", "Tafadzwa", "Jomo", "Otieno", "Kipchoge", "Mamadou", "Ousmane", "Abdoulaye",
    ];

    public static readonly string[] LastNames =
    [
        // English-speaking
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thomas", "Moore", "Martin", "Thompson", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Allen",
        "Wright", "Scott", "Hill", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips",
        "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Rogers", "Cooper",
        "Peterson", "Reed", "Bailey", "Kelly", "Howard", "Richardson", "Watson", "Bennett", "Hughes", "Sanders",
        "Foster", "Fitzgerald", "O'Connor", "O'Brien", "McAllister", "MacLeod", "Gallagher", "Sullivan", "Doherty", "Kavanagh",
        "Llewellyn", "Pritchard", "Vaughan", "Cadwallader", "Ferguson", "Henderson", "Lindqvist", "Whitfield", "Ashworth", "Pemberton",
        "Smith-Jones", "Hartley-Brown",
        // Hispanic and Lusophone
        "Gonzalez", "Rodriguez", "Hernández", "García", "Martínez", "López", "Pérez", "Sánchez", "Ramírez", "Torres",
        "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Ortiz", "Castillo", "Vargas", "Mendoza", "Guerrero",
        "Silva", "Santos", "Oliveira", "Souza", "Pereira", "Gonçalves", "Carvalho", "Ferreira", "Almeida", "Rocha",
        "de la Cruz", "dos Santos",
        // French, German, Nordic, Dutch, Italian, Greek
        "Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine", "Chevalier", "Beaumont", "Lemaire", "Marchand",
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Schäfer", "Krüger",
        "Johansson", "Andersson", "Nilsson", "Eriksson", "Larsen", "Jørgensen", "Halvorsen", "Virtanen", "Korhonen", "Ólafsdóttir",
        "van der Berg", "de Vries", "Jansen", "Visser", "Bakker", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
        "Romano", "Colombo", "Ricci", "Papadopoulos", "Georgiou", "Konstantinidis", "Nikolaidis", "Economou",
        // Slavic and Baltic
        "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Ivanov", "Petrov", "Smirnov",
        "Volkov", "Kuznetsova", "Popescu", "Ionescu", "Horvat", "Kovačević", "Petrović", "Jovanović", "Novák", "Dvořáková",
        "Shevchenko", "Bondarenko", "Kazlauskas", "Bērziņš", "Tamm",
        // Middle Eastern and North African
        "Al-Sayed", "Haddad", "Khoury", "Nasser", "Mansour", "Hamdan", "Abdullah", "El-Amin", "Benali", "Bouzid",
        "Rahimi", "Hosseini", "Karimi", "Tehrani", "Yilmaz", "Öztürk", "Çelik", "Şahin", "Aydın", "Demir",
        "Cohen", "Levi", "Mizrahi", "Friedman", "Katz",
        // South and East Asian
        "Sharma", "Patel", "Gupta", "Singh", "Kumar", "Reddy", "Iyer", "Nair", "Chatterjee", "Banerjee",
        "Mukherjee", "Desai", "Joshi", "Rao", "Menon", "Chowdhury", "Rahman", "Hussain", "Qureshi", "Siddiqui",
        "Wang", "Zhang", "Chen", "Liu", "Huang", "Zhao", "Zhou", "Xu", "Wu", "Li",
        "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Kim", "Park",
        "Choi", "Jeong", "Kang", "Yoon", "Nguyen", "Nguyễn", "Tran", "Pham", "Hoang", "Vu",
        "Santoso", "Wijaya", "Gunawardena", "Perera", "Fernando", "Reyes", "Bautista", "Villanueva", "Srisuk", "Chaiyaporn",
        // Sub-Saharan African
        "Okafor", "Okonkwo", "Adeyemi", "Adebayo", "Olawale", "Eze", "Nwosu", "Mensah", "Asante", "Owusu",
        "Boateng", "Acheampong", "Dlamini", "Nkosi", "Mokoena", "Ndlovu", "Mthembu", "Kamau", "Otieno", "Mwangi",
        "Wanjiku", "Kiprop", "Diallo", "Traoré", "Keita", "Coulibaly", "Ndiaye", "Diop", "Sesay", "Bangura",
        "Tesfaye", "Haile", "Abebe", "Mugisha", "Chikwanha", "Banda", "Phiri", "Mutasa", "Moyo", "Achebe",
    ];

    public static readonly string[] MaleTitles = ["Mr.", "Mr", "Dr.", "Prof.", "Mx."];

    public static readonly string[] FemaleTitles = ["Mrs.", "Ms.", "Ms", "Miss", "Dr.", "Prof.", "Mx."];
}
