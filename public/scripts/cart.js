// Re-prices the cart when the delivery method changes (the "Recalculer" button does the same without JS).
document.querySelectorAll('input[data-requote]').forEach((input) => {
  input.addEventListener('change', () => {
    const button = input.form?.querySelector('button[name="action"][value="quote"]')
    if (button) input.form.requestSubmit(button)
  })
})
