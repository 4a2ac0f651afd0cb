/**
 * A booking asked with a doubt that it can still be made: « l'étude mardi pour Gabin, jsp si c'est encore possible »,
 * « cantine demain je sais pas s'il reste de la place », « garderie jeudi, je ne sais pas si c'est trop tard ». Not a question
 * about what is booked (« je ne sais plus si je l'ai inscrit » is one). Works on prepare()d text.
 */

export const STILL_POSSIBLE = /\b(?:sais|sait|savons) (?:pas|plus|point) (?:si|s) (?:c est|c|ce sera|ca sera|ca va etre|ca|il reste|il y a|y a|vous pouvez|on peut|je peux|j ai le droit|vous avez)(?: (?:encore|toujours|bien))? (?:possible|faisable|jouable|trop tard|de la place|des places|la place|assez de place|le faire|reserver|inscrire|temps|ok|bon|dans les temps)\b/;
