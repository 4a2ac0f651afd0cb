/** What the invoices dialog is opened with (from the menu, a card, a question about a child's invoices) and passes between its steps. */
export interface InvoicesOptions {
  /** « payer ma facture »: go to the unpaid ones. */
  pay?: boolean;
  /** The message that asked (« régler la facture du séjour »): the invoice it names is shown at once. */
  text?: string;
  invoiceId?: number;
  /** Straight to that invoice (an old card's button). */
  detail?: boolean;
  lead?: string;
  /** The invoice's question asked again (not understood): the invoice is on screen already, not sent again. */
  again?: boolean;
  /** Asked for these children (« les factures de Léa », « et pour Hugo ? »): their invoices, with their share (invoicesOfChild.ts). */
  childIds?: number[];
  /** By SMS, the page of the list to show (« suite »: the next one, invoicePages.ts). */
  page?: number;
}
