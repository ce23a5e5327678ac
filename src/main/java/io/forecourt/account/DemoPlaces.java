package io.forecourt.account;

import java.util.List;

/** Real communes of Greater Lyon (centre coordinates, postal code) and names to make demo customers of. */
final class DemoPlaces {

    record Commune(String name, String postalCode, double lat, double lon) {
    }

    static final List<Commune> COMMUNES = List.of(
            new Commune("Lyon 1er", "69001", 45.7675, 4.8340), new Commune("Lyon 2e", "69002", 45.7485, 4.8270),
            new Commune("Lyon 3e", "69003", 45.7590, 4.8520), new Commune("Lyon 4e", "69004", 45.7790, 4.8270),
            new Commune("Lyon 5e", "69005", 45.7580, 4.8130), new Commune("Lyon 6e", "69006", 45.7710, 4.8520),
            new Commune("Lyon 7e", "69007", 45.7450, 4.8420), new Commune("Lyon 8e", "69008", 45.7350, 4.8700),
            new Commune("Lyon 9e", "69009", 45.7740, 4.8060), new Commune("Villeurbanne", "69100", 45.7710, 4.8880),
            new Commune("Vénissieux", "69200", 45.6970, 4.8860), new Commune("Caluire-et-Cuire", "69300", 45.7960, 4.8460),
            new Commune("Bron", "69500", 45.7390, 4.9130), new Commune("Vaulx-en-Velin", "69120", 45.7780, 4.9210),
            new Commune("Saint-Priest", "69800", 45.6960, 4.9440), new Commune("Écully", "69130", 45.7740, 4.7780),
            new Commune("Tassin-la-Demi-Lune", "69160", 45.7640, 4.7800), new Commune("Oullins", "69600", 45.7140, 4.8080),
            new Commune("Rillieux-la-Pape", "69140", 45.8210, 4.8980), new Commune("Meyzieu", "69330", 45.7670, 5.0040),
            new Commune("Décines-Charpieu", "69150", 45.7690, 4.9590), new Commune("Saint-Genis-Laval", "69230", 45.6960, 4.7930),
            new Commune("Sainte-Foy-lès-Lyon", "69110", 45.7340, 4.7940), new Commune("Dardilly", "69570", 45.8060, 4.7530),
            new Commune("Limonest", "69760", 45.8370, 4.7720), new Commune("Chassieu", "69680", 45.7440, 4.9660),
            new Commune("Genas", "69740", 45.7310, 5.0020), new Commune("Francheville", "69340", 45.7370, 4.7630),
            new Commune("Mions", "69780", 45.6630, 4.9560), new Commune("Corbas", "69960", 45.6680, 4.9020),
            new Commune("Saint-Fons", "69190", 45.7080, 4.8530), new Commune("Craponne", "69290", 45.7450, 4.7240),
            new Commune("Fontaines-sur-Saône", "69270", 45.8350, 4.8460));

    /** Street names found in most communes of the region, so any of them fits any commune. */
    static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès", "rue Paul Bert",
            "rue Victor Hugo", "rue Pasteur", "chemin des Vignes", "rue de la Gare", "avenue du Général de Gaulle",
            "rue Anatole France", "rue Édouard Herriot", "avenue Franklin Roosevelt", "rue des Tanneurs",
            "rue Jean Moulin", "place de la Mairie", "rue de l'Église", "avenue Félix Faure", "rue Louis Braille",
            "chemin du Moulin", "rue Jules Ferry", "allée des Tilleuls", "rue du Stade", "avenue de la Libération",
            "rue Gambetta", "route de Lyon", "impasse des Lilas", "rue Émile Zola", "boulevard Pierre Mendès France");

    static final List<String> TRADES = List.of("Garage", "Transports", "Boulangerie", "Menuiserie", "Cabinet",
            "Atelier", "Plomberie", "Pharmacie", "Imprimerie", "Taxis", "Livraisons", "Électricité", "Paysages",
            "Traiteur", "Ambulances", "Auto-école", "Location", "Chauffage", "Fleurs", "Nettoyage");

    static final List<String> SUFFIXES = List.of("", "", " SARL", " SAS", " & Fils", " et Associés", " Services");

    static final List<String> FIRST_NAMES = List.of("Camille", "Louis", "Léa", "Hugo", "Chloé", "Lucas", "Manon",
            "Nathan", "Inès", "Théo", "Julie", "Antoine", "Sarah", "Julien", "Emma", "Mathieu", "Claire", "Karim",
            "Nadia", "Pierre", "Sophie", "Yanis", "Élodie", "Thomas", "Amandine", "Rachid", "Aurélie", "Olivier");

    static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
            "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Bertrand",
            "Roux", "Vincent", "Fournier", "Morel", "Girard", "Mercier", "Dupont", "Lambert", "Bonnet", "Faure",
            "Rousseau", "Blanc", "Guerin", "Muller", "Chevalier", "Perrin", "Benali", "Mathieu", "Gauthier");

    static final List<String> JOB_TITLES = List.of("Managing director", "Fleet manager", "Purchasing manager",
            "Office manager", "Owner", "Finance director", "Operations manager", "Assistant");

    private DemoPlaces() {
    }
}
