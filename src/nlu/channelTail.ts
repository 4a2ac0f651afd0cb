/**
 * Where the resident writes from, said at the end of a question (« quels services proposez-vous sur cette messagerie ? »,
 * « que proposez-vous par SMS ? », « what do you offer on this chat? »): the channel, not what is asked. Taken off before
 * the patterns that read a whole question. Works on prepare()d text.
 */

const TAIL = / (?:sur|par|via|avec|dans|on|in|by|over|through) (?:ce |cet |cette |le |la |l |les |votre |vos |this |the )?(?:messagerie|message|messages|chat|tchat|site|site internet|appli\w*|application|plateforme|portail|espace|canal|numero|service|sms|texto|whatsapp|teams|web chat|internet|text|texts)(?= ?\??$)/;

export const withoutChannelTail = (said: string): string => said.replace(TAIL, '');
