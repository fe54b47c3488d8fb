// Stand-in for a chat widget the shop declares as a service of its own (the JSON block in
// index.html): Seloste loads it only once the visitor allows "Kuura-chat", and deletes its
// cookie when they withdraw.
document.cookie = 'kuura_chat=demo; path=/; max-age=2592000; SameSite=Lax';
document.documentElement.dataset.chat = 'ran';
