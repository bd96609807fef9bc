# Share links and QR codes: the share dialog, the present view, links opened and merged.

# What a link is called where a file name would stand ("Shared link: is damaged …").
link-name = Shared link
